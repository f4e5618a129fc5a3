using System.Net;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Security;

public sealed class RateLimitTests
{
    private static NewsEventsFactory Limited(int writes, int reads, bool keys = false)
    {
        var settings = new Dictionary<string, string> { ["RateLimits:WritesPerMinute"] = $"{writes}", ["RateLimits:ReadsPerMinute"] = $"{reads}" };
        if (keys) (settings["Security:ApiKeys:0"], settings["Security:ApiKeys:1"]) = ("key-a", "key-b");
        return new(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()), settings);
    }

    [Fact]
    public async Task WritesPastTheLimitGet429ProblemDetailsWithRetryAfter()
    {
        await using var factory = Limited(writes: 2, reads: 100);
        var client = factory.CreateClient();

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.Post("/api/extract", new { content = "Shelling hit the town." })).StatusCode);
        var response = await client.Post("/api/extract", new { content = "Shelling hit the town." });

        var problem = await response.Problem(429);
        Assert.Contains("write", (string?)problem["detail"]);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task ReadsPastTheLimitGet429ButHealthIsNeverLimited()
    {
        await using var factory = Limited(writes: 100, reads: 1);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
        await (await client.GetAsync("/api/events")).Problem(429);
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task EachKeyHasALimitOfItsOwn()
    {
        await using var factory = Limited(writes: 1, reads: 100, keys: true);
        var a = factory.CreateClient();
        a.DefaultRequestHeaders.Add("X-Api-Key", "key-a");
        var b = factory.CreateClient();
        b.DefaultRequestHeaders.Add("X-Api-Key", "key-b");

        Assert.Equal(HttpStatusCode.OK, (await a.Post("/api/extract", new { content = "Shelling hit the town." })).StatusCode);
        await (await a.Post("/api/extract", new { content = "Shelling hit the town." })).Problem(429);
        Assert.Equal(HttpStatusCode.OK, (await b.Post("/api/extract", new { content = "Shelling hit the town." })).StatusCode);
    }
}
