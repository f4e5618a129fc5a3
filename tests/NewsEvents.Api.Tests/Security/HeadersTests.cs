using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Security;

public sealed class HeadersTests
{
    private const string Dashboard = "https://dashboard.example.org";

    private static NewsEventsFactory Factory(bool keys = false)
    {
        var settings = new Dictionary<string, string> { ["Cors:Origins:0"] = Dashboard };
        if (keys) settings["Security:ApiKeys:0"] = "s3cret-key";
        return new(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()), settings);
    }

    [Fact]
    public async Task ApiResponsesAreNotSniffedNorFramedAndWritesAreNotCached()
    {
        await using var factory = Factory();
        var client = factory.CreateClient();

        var read = await client.GetAsync("/api/events");
        var write = await client.Post("/api/extract", new { content = "Shelling hit the town." });
        var missing = await client.GetAsync("/api/nothing-here");

        foreach (var response in new[] { read, write, missing })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
        Assert.True(write.Headers.CacheControl?.NoStore);
        Assert.False(read.Headers.CacheControl?.NoStore ?? false);
        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task APreflightFromAnAllowedOriginIsAnsweredEvenForAWriteThatNeedsAKey()
    {
        await using var factory = Factory(keys: true);
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/articles");
        request.Headers.Add("Origin", Dashboard);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Dashboard, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task AnAllowedOriginMayReadAndAnotherMayNot()
    {
        await using var factory = Factory();
        var client = factory.CreateClient();

        var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        allowed.Headers.Add("Origin", Dashboard);
        var other = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        other.Headers.Add("Origin", "https://evil.example.com");

        Assert.Equal(Dashboard, (await client.SendAsync(allowed)).Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False((await client.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task WithNoOriginsConfiguredAPreflightIsStillAnsweredButAllowsNothing()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()));
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/events");
        request.Headers.Add("Origin", Dashboard);
        request.Headers.Add("Access-Control-Request-Method", "GET");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
