using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Security;

public sealed class ApiKeyTests
{
    private static readonly string OtherKeyHash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("other-key")));

    private static NewsEventsFactory WithKeys(DatabaseProvider provider = DatabaseProvider.Sqlite, bool closeReads = false) =>
        new(provider, new FakeExtractor(RichResults.Incident()), new Dictionary<string, string>
        {
            ["Security:ApiKeys:0"] = "s3cret-key",
            ["Security:ApiKeys:1"] = OtherKeyHash,
            ["Security:RequireKeyForReads"] = closeReads.ToString(),
        });

    [Theory, OnSqlite, OnPostgres]
    public async Task WithKeysConfiguredAPostWithoutAKeyIsUnauthorizedAndStoresNothing(DatabaseProvider provider)
    {
        await using var factory = WithKeys(provider);
        var client = factory.CreateClient();

        var response = await client.Post("/api/articles", Http.Article());

        var problem = await response.Problem(401);
        Assert.Contains("required", (string?)problem["title"]);
        Assert.Contains("X-Api-Key", (string?)problem["detail"]);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(0, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }

    [Fact]
    public async Task AWrongKeyIsUnauthorizedAndIsNotEchoed()
    {
        await using var factory = WithKeys();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "guessed-key");

        var response = await client.Post("/api/extract", new { content = "Shelling hit the town." });

        var problem = await response.Problem(401);
        Assert.Contains("not valid", (string?)problem["title"]);
        Assert.DoesNotContain("guessed-key", problem.ToJsonString());
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [InlineData("X-Api-Key", "s3cret-key")]
    [InlineData("Bearer", "s3cret-key")]
    [InlineData("X-Api-Key", "other-key")]
    [InlineData("Bearer", "other-key")]
    public async Task AKeyIsAcceptedAsAHeaderOrABearerTokenAndMayBeConfiguredAsItsHash(string how, string key)
    {
        await using var factory = WithKeys();
        var client = factory.CreateClient();
        if (how == "Bearer") client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        else client.DefaultRequestHeaders.Add(how, key);

        var response = await client.Post("/api/articles", Http.Article());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ReadsStayOpenUnlessKeysAreRequiredForReadsAndHealthStaysOpenAlways()
    {
        await using (var open = WithKeys())
            Assert.Equal(HttpStatusCode.OK, (await open.CreateClient().GetAsync("/api/events")).StatusCode);

        await using var closed = WithKeys(closeReads: true);
        var client = closed.CreateClient();
        await (await client.GetAsync("/api/events")).Problem(401);
        await (await client.GetAsync("/swagger/v1/swagger.json")).Problem(401);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret-key");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task WithoutKeysWritesAreOpen()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()));
        Assert.Equal(HttpStatusCode.Created, (await factory.CreateClient().Post("/api/articles", Http.Article())).StatusCode);
    }

    [Fact]
    public async Task AMalformedHashedKeyFailsAtStartUpWithoutShowingIt()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["Security:ApiKeys:0"] = "sha256:abc" });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Security:ApiKeys:0", error.ToString());
    }

    [Fact]
    public async Task SwaggerIsOffInProductionUnlessEnabledAndOffersTheKey()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite);
        await using (var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production")))
            await (await production.CreateClient().GetAsync("/swagger/v1/swagger.json")).Problem(404);

        await using var enabled = factory.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Swagger:Enabled", "true"));
        var document = await (await enabled.CreateClient().GetAsync("/swagger/v1/swagger.json")).Json();
        Assert.Equal("X-Api-Key", (string?)document["components"]!["securitySchemes"]!["ApiKey"]!["name"]);
    }
}
