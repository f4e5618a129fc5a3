using System.Text.Json;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// Plain messages for a request body System.Text.Json could not read. Its own messages name .NET types
/// ("System.Nullable`1[System.DateTimeOffset]") and byte positions, which mean nothing to a client.
/// </summary>
public static class JsonErrorMessages
{
    // What each field of our request bodies holds, by its last path segment.
    private static readonly Dictionary<string, string> Expected = new(StringComparer.OrdinalIgnoreCase)
    {
        ["publishedAt"] = "an ISO 8601 date or date-time, e.g. \"2025-03-03\" or \"2025-03-03T14:30:00Z\"",
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
        var last = field.Split('.')[^1];
        if (last.EndsWith(']')) last = last[..last.IndexOf('[')];
        // A value of the wrong type leaves the reader on a valid token; a syntax error does not (its inner exception says so).
        var syntax = json.InnerException?.GetType().Name == "JsonReaderException" || json.Path is null or "$";
        if (!syntax && Expected.TryGetValue(last, out var expected)) return $"{field} must be {expected}.";
        if (!syntax) return $"{field} has a value of the wrong type.";
        return "The request body is not valid JSON (check quotes, commas and brackets, and that the body is complete).";
    }
}
