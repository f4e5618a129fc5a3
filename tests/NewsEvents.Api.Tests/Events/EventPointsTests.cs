using System.Text.Json.Nodes;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Events;

/// <summary>GET /api/events/points: compact map points with the filters of the event list, and the band of reported figures in the stats.</summary>
public sealed class EventPointsTests
{
    // A village the gazetteer does not know, named inside Omdurman: no coordinates of its own.
    private static readonly LocationResult Village = new("Kafr Tarbal", "Kafr Tarbal", "SD", "Khartoum", null, null, null, "unresolved", [new(0, 11)], "unresolved", "Omdurman");

    private static async Task<(NewsEventsFactory Factory, HttpClient Client)> SeedAsync(DatabaseProvider provider)
    {
        var results = new Queue<Func<ArticleInput, ExtractionResult>>([
            RichResults.Incident(killed: 12),
            RichResults.Incident(killed: 80, type: "Battles", place: RichResults.Bakhmut, actor1: "Military Forces of Russia", actor1Type: "state_forces"),
            RichResults.Incident(killed: 4, type: "Violence against civilians", place: Village, dateShift: 3),
        ]);
        var factory = new NewsEventsFactory(provider, new FakeExtractor(input => results.Dequeue()(input)));
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(201, (int)(await client.Post("/api/articles", Http.Article())).StatusCode);
        return (factory, client);
    }

    private static async Task<JsonObject> Points(HttpClient client, string query = "") =>
        await (await client.GetAsync($"/api/events/points{query}")).Json();

    private static int[] Column(JsonObject points, string name) => points[name]!.AsArray().Select(v => v is null ? -1 : (int)v).ToArray();

    [Theory, OnSqlite, OnPostgres]
    public async Task PointsCarryIdPlaceTypeAndFatalitiesOnly(DatabaseProvider provider)
    {
        var (factory, client) = await SeedAsync(provider);
        await using var _ = factory;

        var points = await Points(client);
        Assert.Equal(3, (int)points["count"]!);
        Assert.Equal(0, (int)points["unplaced"]!);
        Assert.False((bool)points["truncated"]!);
        Assert.Equal(["count", "unplaced", "truncated", "types", "id", "lat", "lon", "type", "fatalities", "approximate"], points.Select(p => p.Key));

        // Newest first (the village three days later; then the same day by id); each column holds one value per point.
        var types = points["types"]!.AsArray().Select(t => (string)t!).ToArray();
        Assert.Equal(["Violence against civilians", "Battles", "Explosions/Remote violence"], Column(points, "type").Select(t => types[t]));
        Assert.Equal([4, 80, 12], Column(points, "fatalities"));
        Assert.Equal([48.59, 38.0], [(double)points["lat"]![1]!, (double)points["lon"]![1]!]);
        Assert.Equal([true, false, false], points["approximate"]!.AsArray().Select(a => (bool)a!));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnUnresolvedPlaceStandsAtItsParentsCentreAndIsFlagged(DatabaseProvider provider)
    {
        var (factory, client) = await SeedAsync(provider);
        await using var _ = factory;

        var points = await Points(client, "?type=Violence against civilians");
        Assert.Equal(1, (int)points["count"]!);
        Assert.True((bool)points["approximate"]![0]!);
        Assert.Equal([RichResults.Omdurman.Latitude, RichResults.Omdurman.Longitude], [(double?)points["lat"]![0], (double?)points["lon"]![0]]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task PointsFollowTheFiltersOfTheEventList(DatabaseProvider provider)
    {
        var (factory, client) = await SeedAsync(provider);
        await using var _ = factory;

        foreach (var query in new[] { "?country=UA", "?minFatalities=10", "?actorType=state_forces", "?from=2025-03-04", "?admin1=Khartoum&type=Battles" })
        {
            var list = await (await client.GetAsync($"/api/events{query}")).Json();
            var points = await Points(client, query);
            Assert.Equal(list["items"]!.AsArray().Select(e => (int)e!["id"]!).Order(), Column(points, "id").Order());
        }
        Assert.Contains("yyyy-MM-dd", await (await client.GetAsync("/api/events/points?from=yesterday")).FieldError("from"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task StatsBucketsCarryTheLowestAndHighestReportedFigures(DatabaseProvider provider)
    {
        // Three outlets on one incident: 12, 15 and one that reports no death (which does not pull the band to 0).
        var killed = new Queue<int>([12, 15, 0]);
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input => RichResults.Incident(killed: killed.Dequeue())(input)));
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++) await client.Post("/api/articles", Http.Article(source: $"Wire {i}"));

        var day = JsonNode.Parse(await client.GetStringAsync("/api/stats/events?groupBy=day"))!.AsArray().Single()!;
        Assert.Equal(("2025-03-03", 1, 12, 12, 15), ((string)day["key"]!, (int)day["events"]!, (int)day["fatalities"]!, (int)day["fatalitiesLow"]!, (int)day["fatalitiesHigh"]!));
        var type = JsonNode.Parse(await client.GetStringAsync("/api/stats/events?groupBy=type"))!.AsArray().Single()!;
        Assert.Equal((12, 15), ((int)type["fatalitiesLow"]!, (int)type["fatalitiesHigh"]!));
    }
}
