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

    public int? Int(string name, string? value, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max) return number;
        Fail(name, $"'{value}' is not a whole number between {min} and {max}.");
        return null;
    }

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
