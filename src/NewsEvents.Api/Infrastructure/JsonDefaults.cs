using System.Text.Json;

namespace NewsEvents.Api;

/// <summary>The API's JSON shape (camelCase, the contract's names), also used for what we store as JSON.</summary>
public static class JsonDefaults
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
