using System.Text.Json;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// Says what System.Text.Json found wrong in words a client can act on: the field and the kind of value expected,
/// never the .NET type or the parser's line and byte position that its own message carries.
/// </summary>
public static class JsonErrorText
{
    private const string Converted = "The JSON value could not be converted to ";

    public static string Describe(JsonException json, string field)
    {
        var message = json.Message;
        if (message.StartsWith(Converted, StringComparison.Ordinal))
        {
            var type = message[Converted.Length..];
            var end = type.IndexOf(". Path:", StringComparison.Ordinal);
            return $"'{field}' must be {Expected(end < 0 ? type : type[..end])}.";
        }
        if (message.Contains("maximum configured depth", StringComparison.Ordinal)) return "The JSON is nested too deeply.";
        return field == "body" ? "The request body is not well-formed JSON." : $"The request body is not well-formed JSON (at '{field}').";
    }

    /// <summary>"System.Nullable`1[System.DateTimeOffset]" is "a date ...", "System.Collections.Generic.List`1[...]" is "an array".</summary>
    private static string Expected(string type)
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
