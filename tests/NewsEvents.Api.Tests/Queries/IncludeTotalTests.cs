using System.Text.Json.Nodes;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Queries;

/// <summary>GET /api/events counts every match only when asked; otherwise total is given when it costs nothing.</summary>
public sealed class IncludeTotalTests
{
    private static async Task<(NewsEventsFactory Factory, HttpClient Client)> FiveEventsAsync(DatabaseProvider provider)
    {
        var factory = new NewsEventsFactory(provider, new FakeExtractor(input => RichResults.Incident(killed: 5)(input)));
        var client = factory.CreateClient();
        for (var day = 1; day <= 5; day++) await client.Post("/api/articles", Http.Article(published: $"2025-03-{day * 3:00}"));
        return (factory, client);
    }

    private static async Task<JsonObject> Get(HttpClient client, string query) => await (await client.GetAsync("/api/events" + query)).Json();

    [Theory, OnSqlite, OnPostgres]
    public async Task IncludeTotalCountsEveryMatchOnAnyPage(DatabaseProvider provider)
    {
        var (factory, client) = await FiveEventsAsync(provider);
        await using var _ = factory;
        Assert.Equal(5, (int)(await Get(client, "?size=2&includeTotal=true"))["total"]!);
        Assert.Equal(3, (int)(await Get(client, "?size=2&includeTotal=true&country=SD&from=2025-03-07"))["total"]!);
        var first = await Get(client, "?size=2&includeTotal=true");
        Assert.Equal(5, (int)(await Get(client, $"?size=2&includeTotal=true&cursor={Uri.EscapeDataString((string)first["next"]!)}"))["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task WithoutIncludeTotalOnlyTheLastOffsetPageCarriesTheTotal(DatabaseProvider provider)
    {
        var (factory, client) = await FiveEventsAsync(provider);
        await using var _ = factory;
        var first = await Get(client, "?size=2");
        Assert.Null(first["total"]);
        Assert.NotNull(first["next"]);
        Assert.Null((await Get(client, "?size=2&page=2"))["total"]);
        Assert.Equal(5, (int)(await Get(client, "?size=2&page=3"))["total"]!);
        Assert.Equal(5, (int)(await Get(client, ""))["total"]!);
        Assert.Null((await Get(client, $"?size=2&cursor={Uri.EscapeDataString((string)first["next"]!)}"))["total"]);
    }

    [Theory, OnSqlite]
    public async Task IncludeTotalThatIsNotABooleanIsAFieldError(DatabaseProvider provider)
    {
        var (factory, client) = await FiveEventsAsync(provider);
        await using var _ = factory;
        Assert.Contains("true or false", await (await client.GetAsync("/api/events?includeTotal=yes")).FieldError("includeTotal"));
    }
}
