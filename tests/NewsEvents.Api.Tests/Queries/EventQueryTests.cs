using System.Text.Json.Nodes;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Queries;

public sealed class EventQueryTests
{
    /// <summary>Five events: three in Sudan (one a battle by the army), two in Ukraine; fatalities 5, 10, 20, 40, 80; one day apart from 2025-03-01.</summary>
    private static async Task<(NewsEventsFactory Factory, HttpClient Client)> SeedAsync(DatabaseProvider provider)
    {
        var plan = new Queue<Func<ArticleInput, ExtractionResult>>([
            RichResults.Incident(killed: 5),
            RichResults.Incident(killed: 10, type: "Battles", actor1: "Sudanese Armed Forces", actor1Type: "state_forces"),
            RichResults.Incident(killed: 20, place: RichResults.Bakhmut, actor1: "Russian Armed Forces", actor1Type: "external_force"),
            RichResults.Incident(killed: 40),
            RichResults.Incident(killed: 80, place: RichResults.Bakhmut, actor1: "Russian Armed Forces", actor1Type: "external_force"),
        ]);
        var factory = new NewsEventsFactory(provider, new FakeExtractor(input => plan.Dequeue()(input)));
        var client = factory.CreateClient();
        for (var day = 1; day <= 5; day++)
            await client.Post("/api/articles", Http.Article(published: $"2025-03-{day * 3:00}", source: day % 2 == 0 ? "Even Wire" : "Odd Wire"));
        return (factory, client);
    }

    private static async Task<JsonObject> Get(HttpClient client, string query) => await (await client.GetAsync("/api/events" + query)).Json();

    private static int[] Fatalities(JsonObject page) => page["items"]!.AsArray().Select(e => (int)e!["fatalities"]!).ToArray();

    [Theory, OnSqlite, OnPostgres]
    public async Task EventsAreFilteredSortedAndPaged(DatabaseProvider provider)
    {
        var (factory, client) = await SeedAsync(provider);
        await using var _ = factory;

        Assert.Equal(new[] { 80, 40, 20, 10, 5 }, Fatalities(await Get(client, "")));
        Assert.Equal(new[] { 5, 10, 20, 40, 80 }, Fatalities(await Get(client, "?sort=date-asc")));
        Assert.Equal(new[] { 80, 40 }, Fatalities(await Get(client, "?sort=fatalities&size=2")));
        Assert.Equal(new[] { 20, 10 }, Fatalities(await Get(client, "?sort=fatalities&size=2&page=2")));
        Assert.Equal(5, (int)(await Get(client, "?size=2&includeTotal=true"))["total"]!);
        Assert.Equal(new[] { 40, 10, 5 }, Fatalities(await Get(client, "?country=sd")));
        Assert.Equal(new[] { 80, 20 }, Fatalities(await Get(client, "?admin1=Donetsk")));
        Assert.Equal(new[] { 80, 20 }, Fatalities(await Get(client, "?location=Bakhmut")));
        Assert.Equal(new[] { 10 }, Fatalities(await Get(client, "?type=Battles")));
        Assert.Equal(new[] { 10 }, Fatalities(await Get(client, "?actor=Sudanese Armed Forces")));
        Assert.Equal(new[] { 80, 20 }, Fatalities(await Get(client, "?actorType=external_force")));
        Assert.Equal(new[] { 80, 40, 20 }, Fatalities(await Get(client, "?minFatalities=20")));
        Assert.Equal(new[] { 40, 20, 10 }, Fatalities(await Get(client, "?from=2025-03-06&to=2025-03-12")));
        Assert.Equal(new[] { 40, 10 }, Fatalities(await Get(client, "?source=Even Wire")));
        Assert.Equal(new[] { 80 }, Fatalities(await Get(client, "?q=KILLED 80")));
        Assert.Equal(new[] { 40, 5 }, Fatalities(await Get(client, "?country=SD&type=Explosions/Remote violence&minFatalities=1")));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task StatsAndCsvUseTheSameFilters(DatabaseProvider provider)
    {
        var (factory, client) = await SeedAsync(provider);
        await using var _ = factory;

        var byCountry = JsonNode.Parse(await client.GetStringAsync("/api/stats/events?groupBy=country"))!.AsArray();
        Assert.Equal(["SD:3:55", "UA:2:100"], byCountry.Select(b => $"{b!["key"]}:{b["events"]}:{b["fatalities"]}"));
        var byDay = JsonNode.Parse(await client.GetStringAsync("/api/stats/events?groupBy=day&country=UA"))!.AsArray();
        Assert.Equal(["2025-03-09", "2025-03-15"], byDay.Select(b => (string)b!["key"]!));

        var csv = await client.GetAsync("/api/events/export.csv?country=UA&sort=date-asc");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.StartsWith("id,date,", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",2025-03-09,", lines[1]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ActorsLocationsClaimsAndTollsAreListedWithTheirFilters(DatabaseProvider provider)
    {
        var (factory, client) = await SeedAsync(provider);
        await using var _ = factory;

        var actors = await (await client.GetAsync("/api/actors?type=external_force")).Json();
        Assert.Equal("Russian Armed Forces", (string?)actors["items"]![0]!["name"]);
        Assert.Equal(2, (int)actors["items"]![0]!["eventCount"]!);

        var locations = await (await client.GetAsync("/api/locations")).Json();
        Assert.Equal(["Omdurman:3", "Bakhmut:2"], locations["items"]!.AsArray().Select(l => $"{l!["name"]}:{l["eventCount"]}"));
        Assert.Equal(1, (int)(await (await client.GetAsync("/api/locations?country=UA")).Json())["total"]!);

        var claims = await (await client.GetAsync("/api/claims?stance=assertion")).Json();
        Assert.Equal(5, (int)claims["total"]!);
        Assert.Equal("[0,20]", claims["items"]![0]!["span"]!.ToJsonString());
        Assert.Equal(0, (int)(await (await client.GetAsync("/api/claims?stance=denial")).Json())["total"]!);

        var tolls = await (await client.GetAsync("/api/tolls?kind=killed&minBest=40")).Json();
        Assert.Equal(new[] { 80, 40 }, tolls["items"]!.AsArray().Select(t => (int)t!["best"]!));
        var eventId = (long)tolls["items"]![0]!["eventId"]!;
        Assert.Equal(1, (int)(await (await client.GetAsync($"/api/tolls?eventId={eventId}")).Json())["total"]!);
    }
}
