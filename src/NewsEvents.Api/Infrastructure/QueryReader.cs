using System.Globalization;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// Parses query-string values by hand and collects every bad one under its parameter name, so that
/// <c>from=yesterday</c> is a 400 naming "from" rather than a bare binding failure.
/// </summary>
public sealed class QueryReader
{
    private readonly Dictionary<string, string[]> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors;

    public void Fail(string name, string message) => _errors[name] = [message];

    public DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Fail(name, $"'{value}' is not a date; use yyyy-MM-dd.");
        return null;
    }

    /// <summary>An ISO 8601 date-time ("2025-03-03T14:30:00Z"; no offset means UTC) or date, as UTC.</summary>
    public DateTime? Instant(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var instant)
            && value.Length >= 10 && char.IsAsciiDigit(value[0]))
            return instant.UtcDateTime;
        Fail(name, $"'{value}' is not a date-time; use ISO 8601, e.g. 2025-03-03T14:30:00Z.");
        return null;
    }

    /// <summary>A cursor from a previous page's <c>next</c>, for the given sort.</summary>
    public PageCursor? Cursor(string? value, string sort)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var cursor = PageCursor.TryDecode(value.Trim());
        if (cursor is null) Fail("cursor", "The cursor is not one this API issued; pass the 'next' value of a previous page unchanged.");
        else if (cursor.Sort != sort) Fail("cursor", $"The cursor belongs to sort={cursor.Sort}; send the same sort as the request that returned it (or follow nextLink).");
        else return cursor;
        return null;
    }

    public int? Int(string name, string? value, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max) return number;
        Fail(name, $"'{value}' is not a whole number between {min} and {max}.");
        return null;
    }

    public bool? Bool(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : bool.TryParse(value.Trim(), out var flag) ? flag
        : Fail<bool?>(name, $"'{value}' is not true or false.");

    public long? Id(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0 ? id
        : Fail<long?>(name, $"'{value}' is not a valid id.");

    public string? OneOf(string name, string? value, params string[] allowed)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var match = allowed.FirstOrDefault(a => a.Equals(value, StringComparison.OrdinalIgnoreCase));
        if (match is null) Fail(name, $"'{value}' is not one of: {string.Join(", ", allowed)}.");
        return match;
    }

    public string? Country(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (value.Length == 2 && value.All(char.IsAsciiLetter)) return value.ToUpperInvariant();
        Fail(name, $"'{value}' is not an ISO 3166-1 alpha-2 country code (e.g. SY, UA, SD).");
        return null;
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>page (from 1) and size (1..500, default 50).</summary>
    public (int Page, int Size) Paging(string? page, string? size) =>
        (Int("page", page, 1, 1_000_000) ?? 1, Int("size", size, 1, Infrastructure.Paging.MaxSize) ?? Infrastructure.Paging.DefaultSize);

    private T Fail<T>(string name, string message)
    {
        Fail(name, message);
        return default!;
    }
}
