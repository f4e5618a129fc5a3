using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsEvents.Api.Tests.Infrastructure;

public static class Http
{
    private static int _counter;

    /// <summary>A valid article body with a unique URL and text (varied, so duplicate detection never fires by accident).</summary>
    public static object Article(string? url = null, string? content = null, string published = "2025-03-03", string source = "Test Wire")
    {
        var n = Interlocked.Increment(ref _counter);
        return new
        {
            content = content ?? $"Report {n}: shells struck a market on Sunday, killing {n + 4} people, a local medical group said. Witnesses described fires in {n} shops.",
            url = url ?? $"https://news.example.org/story/{Guid.NewGuid():N}",
            source,
            title = $"Market shelled ({n})",
            publishedAt = published,
            language = "en",
        };
    }

    public static async Task<JsonObject> Json(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static Task<HttpResponseMessage> PostRaw(this HttpClient client, string path, string body) =>
        client.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> Post(this HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);

    /// <summary>Asserts an RFC 9457 problem body with the given status and returns it.</summary>
    public static async Task<JsonObject> Problem(this HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Json();
        Assert.Equal(status, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        return problem;
    }

    /// <summary>Asserts a 400 validation problem that names <paramref name="field"/> and returns that field's messages.</summary>
    public static async Task<string> FieldError(this HttpResponseMessage response, string field)
    {
        var problem = await response.Problem(400);
        var errors = problem["errors"]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"No errors in {problem.ToJsonString()}");
        Assert.True(errors.ContainsKey(field), $"Expected an error for '{field}' in {errors.ToJsonString()}");
        return string.Join(" ", errors[field]!.AsArray().Select(m => (string?)m));
    }

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
