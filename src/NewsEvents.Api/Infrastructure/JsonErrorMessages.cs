using System.Text.Json;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// Plain messages for a request body System.Text.Json could not read: the field and the kind of value expected,
/// never the .NET type ("System.Nullable`1[System.DateTimeOffset]") or the parser's line and byte position that its own message carries.
/// </summary>
public static class JsonErrorMessages
{
    private const string Converted = "The JSON value could not be converted to ";

    // What each field of our request bodies holds, by its last path segment.
    private static readonly Dictionary<string, string> Expected = new(StringComparer.OrdinalIgnoreCase)
    {
        ["publishedAt"] = "a date or date-time in ISO 8601 form, e.g. \"2025-03-03\" or \"2025-03-03T14:30:00Z\"",
        ["items"] = "an array of articles",
        ["content"] = "a string",
        ["url"] = "a string",
        ["source"] = "a string",
        ["title"] = "a string",
        ["language"] = "a string",
    };

    /// <summary>The field named as the client sent it ("publishedAt", "items[2].url"), or "body" for the whole document.</summary>
    public static string Field(JsonException json) =>
        json.Path is { Length: > 2 } path ? ValidationExtensions.CamelCasePath(path[2..]) : "body";

    public static string Message(JsonException json, string field)
    {
        if (json.Message.Contains("maximum configured depth", StringComparison.Ordinal)) return "The JSON is nested too deeply.";
        var last = field.Split('.')[^1];
        if (last.EndsWith(']')) last = last[..last.IndexOf('[')];
        // A value of the wrong type leaves the reader on a valid token; a syntax error does not (its inner exception says so).
        var syntax = json.InnerException?.GetType().Name == "JsonReaderException" || json.Path is null or "$";
        if (!syntax && Expected.TryGetValue(last, out var expected)) return $"{field} must be {expected}.";
        if (!syntax && json.Message.StartsWith(Converted, StringComparison.Ordinal))
        {
            var type = json.Message[Converted.Length..];
            var end = type.IndexOf(". Path:", StringComparison.Ordinal);
            return $"{field} must be {ExpectedKind(end < 0 ? type : type[..end])}.";
        }
        if (!syntax) return $"{field} has a value of the wrong type.";
        return "The request body is not valid JSON (check quotes, commas and brackets, and that the body is complete).";
    }

    /// <summary>For a field the table does not name: "System.Nullable`1[System.DateTimeOffset]" is "a date ...", "System.Collections.Generic.List`1[...]" is "an array".</summary>
    private static string ExpectedKind(string type)
    {
        const string nullable = "System.Nullable`1[";
        if (type.StartsWith(nullable, StringComparison.Ordinal)) type = type[nullable.Length..^1];
        var outer = type.Split('`', '[')[0];
        return outer switch
        {
            "System.String" => "a string",
            "System.DateTimeOffset" or "System.DateTime" or "System.DateOnly" => "a date (yyyy-MM-dd, or an ISO 8601 date-time)",
            "System.Boolean" => "true or false",
            "System.Int16" or "System.Int32" or "System.Int64" or "System.Byte" => "a whole number in range",
            "System.Double" or "System.Single" or "System.Decimal" => "a number in range",
            _ when type.EndsWith("[]", StringComparison.Ordinal) || outer.Contains("List", StringComparison.Ordinal)
                || outer.Contains("Enumerable", StringComparison.Ordinal) || outer.Contains("Collection", StringComparison.Ordinal) => "an array",
            _ => "an object",
        };
    }
}
