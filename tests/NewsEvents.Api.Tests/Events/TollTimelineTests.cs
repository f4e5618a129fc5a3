using System.Text.Json.Nodes;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Events;

public sealed class TollTimelineTests
{
    // The first report's figure rises with the second engine (12, then 27); the second report says 40 under both.
    private static VersionedExtractor Engine() => new((version, input) =>
        RichResults.Incident(killed: input.Content.Contains("first") ? (version == "engine-2" ? 27 : 12) : 40)(input));

    [Theory, OnSqlite, OnPostgres]
    public async Task ReextractionAppendsToTheTimelineAndKeepsTheFiguresItReplaced(DatabaseProvider provider)
    {
        var engine = Engine();
        await using var factory = new NewsEventsFactory(provider, engine, JobPolling.Queue());
        var client = factory.CreateClient();
        var first = await (await client.Post("/api/articles", Http.Article(content: "The first report of shelling near the market, by medics.", source: "Wire A"))).Json();
        var second = await (await client.Post("/api/articles", Http.Article(content: "A later report of that shelling, by officials.", source: "Wire B"))).Json();
        var id = (long)first["events"]![0]!["id"]!;
        Assert.Equal(id, (long)second["events"]![0]!["id"]!);
        Assert.Equal(["12 engine-1 Wire A", "40 engine-1 Wire B"], Lines(await TimelineAsync(client, id)));

        engine.Version = "engine-2";
        await client.WaitForJobAsync((await client.Post("/api/admin/reextract", new { })).Accepted());

        var items = await TimelineAsync(client, id);
        // History first, unchanged; then what the new engine said of each article, whatever order the worker took them in.
        Assert.Equal(["12 engine-1 Wire A", "40 engine-1 Wire B"], Lines(items).Take(2));
        Assert.Equal(["27 engine-2 Wire A", "40 engine-2 Wire B"], Lines(items).Skip(2).Order());
        Assert.All(items, i => Assert.Equal("killed", (string?)i!["kind"]));
        Assert.Equal((long)first["id"]!, (long)items[0]!["articleId"]!);
        var observed = items.Select(i => DateTime.Parse((string)i!["observedAt"]!).ToUniversalTime()).ToList();
        Assert.Equal(observed.Order(), observed);
        // The event's own tolls are only the current ones.
        var detail = await (await client.GetAsync($"/api/events/{id}")).Json();
        Assert.Equal([27, 40], detail["tolls"]!.AsArray().Select(t => (int)t!["best"]!).Order());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnEventDeletedForWantOfSourcesTakesItsTimelineWithIt(DatabaseProvider provider)
    {
        // The second engine finds no incident at all in the report.
        var engine = new VersionedExtractor((version, input) =>
        {
            var result = RichResults.Incident(killed: 5)(input);
            return version == "engine-2" ? result with { Events = [], Tolls = [], Claims = [] } : result;
        });
        await using var factory = new NewsEventsFactory(provider, engine, JobPolling.Queue());
        var client = factory.CreateClient();
        var id = (long)(await (await client.Post("/api/articles", Http.Article())).Json())["events"]![0]!["id"]!;
        Assert.Single(await TimelineAsync(client, id));

        engine.Version = "engine-2";
        await client.WaitForJobAsync((await client.Post("/api/admin/reextract", new { })).Accepted());

        var problem = await (await client.GetAsync($"/api/events/{id}/timeline")).Problem(404);
        Assert.Contains(id.ToString(), (string?)problem["detail"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TheTimelineComesInPagesWithTheTotal(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, Engine());
        var client = factory.CreateClient();
        var id = (long)(await (await client.Post("/api/articles", Http.Article(content: "The first report of shelling near the market, by medics.", source: "Wire A"))).Json())["events"]![0]!["id"]!;
        await client.Post("/api/articles", Http.Article(content: "A later report of that shelling, by officials.", source: "Wire B"));
        await client.Post("/api/articles", Http.Article(content: "A third report of that shelling, by residents.", source: "Wire C"));

        var whole = await (await client.GetAsync($"/api/events/{id}/timeline")).Json();
        Assert.Equal([3, 1, 500], new[] { (int)whole["total"]!, (int)whole["page"]!, (int)whole["size"]! });
        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var json = await (await client.GetAsync($"/api/events/{id}/timeline?page={page}&size=2")).Json();
            Assert.Equal(3, (int)json["total"]!);
            pages.AddRange(Lines(json["items"]!.AsArray()));
        }
        // the pages hold the whole timeline once, in its order, the third page past the end empty
        Assert.Equal(Lines(whole["items"]!.AsArray()), pages);
        Assert.Equal(3, pages.Count);
    }

    [Theory]
    [InlineData("size=0", "size")]
    [InlineData("size=1001", "size")]
    [InlineData("page=0", "page")]
    [InlineData("page=two", "page")]
    public async Task ATimelinePageOutOfRangeIsAValidationProblem(string query, string field)
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, Engine());
        var client = factory.CreateClient();
        var id = (long)(await (await client.Post("/api/articles", Http.Article())).Json())["events"]![0]!["id"]!;

        var problem = await (await client.GetAsync($"/api/events/{id}/timeline?{query}")).Problem(400);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task TheTimelineOfAnUnknownEventIsANotFoundProblem()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, Engine());
        var problem = await (await factory.CreateClient().GetAsync("/api/events/424242/timeline")).Problem(404);
        Assert.Contains("424242", (string?)problem["detail"]);
    }

    private static async Task<JsonArray> TimelineAsync(HttpClient client, long id)
    {
        var timeline = await (await client.GetAsync($"/api/events/{id}/timeline")).Json();
        Assert.Equal(id, (long)timeline["eventId"]!);
        return timeline["items"]!.AsArray();
    }

    private static List<string> Lines(JsonArray items) =>
        items.Select(i => $"{(int)i!["best"]!} {(string?)i["extractorVersion"]} {(string?)i["source"]}").ToList();
}
