using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Jobs;

public sealed class ReextractionTests
{
    // Three reports. The first engine puts alpha and bravo at one incident in Omdurman and charlie in Bakhmut; the
    // second gives alpha another figure, moves bravo to Bakhmut and finds no event in charlie at all.
    private static ExtractionResult Engine(string version, ArticleInput input)
    {
        var second = version == "engine-2";
        if (input.Content.Contains("alpha")) return RichResults.Incident(killed: second ? 15 : 12)(input);
        if (input.Content.Contains("bravo"))
            return RichResults.Incident(killed: 20, place: second ? RichResults.Bakhmut : null, actor1: "Sudanese Armed Forces", actor1Type: "state_forces")(input);
        var charlie = RichResults.Incident(killed: 7, place: RichResults.Bakhmut)(input);
        return second ? charlie with { Events = [], Tolls = [], Claims = [] } : charlie;
    }

    private static readonly object[] Reports =
    [
        Http.Article(url: "https://news.example.org/alpha", content: "The alpha report: shelling hit a crowded market at noon, medics said."),
        Http.Article(url: "https://news.example.org/bravo", content: "The bravo report: a market was shelled and many people died, officials said."),
        Http.Article(url: "https://news.example.org/charlie", content: "The charlie report: drones struck homes on the edge of the town overnight."),
    ];

    [Theory, OnSqlite, OnPostgres]
    public async Task ReextractingEveryArticleWithANewEngineGivesTheDatabaseAFreshBuildWouldHave(DatabaseProvider provider)
    {
        var upgraded = new VersionedExtractor(Engine);
        await using var factory = new NewsEventsFactory(provider, upgraded, JobPolling.Queue());
        var client = factory.CreateClient();
        foreach (var report in Reports) await client.Post("/api/articles", report);
        Assert.Equal(2, (int)(await (await client.GetAsync("/api/events")).Json())["total"]!);
        var before = await SnapshotAsync(factory);

        upgraded.Version = "engine-2";
        var response = await client.Post("/api/admin/reextract", new { });
        var job = await client.WaitForJobAsync(response.Accepted());

        Assert.Equal("reextract", (string?)job["kind"]);
        Assert.Equal(3, (int)job["counts"]!["reextracted"]!);
        await using var fresh = new NewsEventsFactory(provider, new VersionedExtractor(Engine) { Version = "engine-2" });
        var freshClient = fresh.CreateClient();
        foreach (var report in Reports) await freshClient.Post("/api/articles", report);
        var after = await SnapshotAsync(factory);
        Assert.NotEqual(before, after);
        Assert.Equal(await SnapshotAsync(fresh), after);
        // Nothing is left for the new engine to do.
        var again = await client.WaitForJobAsync((await client.Post("/api/admin/reextract", new { })).Accepted());
        Assert.Equal(0, (int)again["total"]!);
        Assert.Equal("done", (string?)again["status"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReextractionReplacesAnArticlesShareOfAMergedEventAndRemovesEventsLeftWithoutSources(DatabaseProvider provider)
    {
        var upgraded = new VersionedExtractor(Engine);
        await using var factory = new NewsEventsFactory(provider, upgraded, JobPolling.Queue());
        var client = factory.CreateClient();
        foreach (var report in Reports) await client.Post("/api/articles", report);
        var merged = await (await client.GetAsync("/api/events?location=Omdurman")).Json();
        Assert.Equal(12, (int)merged["items"]![0]!["fatalities"]!);
        Assert.Equal(2, (int)merged["items"]![0]!["sourceCount"]!);

        upgraded.Version = "engine-2";
        await client.WaitForJobAsync((await client.Post("/api/admin/reextract", new { })).Accepted());

        var omdurman = (await (await client.GetAsync("/api/events?location=Omdurman")).Json())["items"]!.AsArray().Single()!;
        Assert.Equal(15, (int)omdurman["fatalities"]!);
        Assert.Equal(1, (int)omdurman["sourceCount"]!);
        var bakhmut = (await (await client.GetAsync("/api/events?location=Bakhmut")).Json())["items"]!.AsArray().Single()!;
        Assert.Equal(20, (int)bakhmut["fatalities"]!);
        Assert.Equal(1, (int)bakhmut["sourceCount"]!);
        var tolls = await (await client.GetAsync("/api/tolls?size=500")).Json();
        Assert.Equal(2, (int)tolls["total"]!);        await Queries.SourcePageTests.AssertJoinRowCopiesAsync(factory);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnEarlierReportReextractedAloneBecomesTheFirstSourceOfTheEventItJoinsAgain(DatabaseProvider provider)
    {
        // The second engine only changes the earlier report's figure; only that report is re-extracted (from/to).
        var upgraded = new VersionedExtractor((version, input) =>
            RichResults.Incident(killed: input.Content.Contains("earlier") ? (version == "engine-2" ? 15 : 12) : 20)(input));
        await using var factory = new NewsEventsFactory(provider, upgraded, JobPolling.Queue());
        var client = factory.CreateClient();
        await client.Post("/api/articles", Http.Article(content: "The earlier report of shelling at the market, by medics.", published: "2025-03-03"));
        await client.Post("/api/articles", Http.Article(content: "The later report of the same shelling, by officials.", published: "2025-03-04"));

        upgraded.Version = "engine-2";
        await client.WaitForJobAsync((await client.Post("/api/admin/reextract", new { from = "2025-03-03", to = "2025-03-03" })).Accepted());

        // As a fresh build would have it: the event is the earlier report's (its date, its summary), with the lowest figure.
        var evt = (await (await client.GetAsync("/api/events")).Json())["items"]!.AsArray().Single()!;
        Assert.Equal("2025-03-03", (string?)evt["date"]);
        Assert.StartsWith("Shelling in Omdurman killed 15", (string?)evt["summary"]);
        Assert.Equal(15, (int)evt["fatalities"]!);
        Assert.Equal(2, (int)evt["sourceCount"]!);
        // The event's date moved back to the earlier report's: its source rows moved with it in the same save.
        await Queries.SourcePageTests.AssertJoinRowCopiesAsync(factory);
        var bySource = await (await client.GetAsync("/api/events?source=Test Wire&from=2025-03-03&to=2025-03-03")).Json();
        Assert.Equal((long)evt["id"]!, (long)bySource["items"]!.AsArray().Single()!["id"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnEventOnlyTheReextractedArticleReportedKeepsItsIdWhenTheIncidentIsFoundAgain(DatabaseProvider provider)
    {
        var upgraded = new VersionedExtractor((version, input) => RichResults.Incident(killed: version == "engine-2" ? 9 : 8)(input));
        await using var factory = new NewsEventsFactory(provider, upgraded, JobPolling.Queue());
        var client = factory.CreateClient();
        var id = (long)(await (await client.Post("/api/articles", Http.Article())).Json())["events"]![0]!["id"]!;

        upgraded.Version = "engine-2";
        await client.WaitForJobAsync((await client.Post("/api/admin/reextract", new { })).Accepted());

        var events = (await (await client.GetAsync("/api/events")).Json())["items"]!.AsArray();
        Assert.Equal(id, (long)events.Single()!["id"]!);
        Assert.Equal(9, (int)events.Single()!["fatalities"]!);
    }

    [Fact]
    public async Task OnlyArticlesOfOtherVersionsOrTheFilteredOnesAreQueuedAndNoneTwice()
    {
        var upgraded = new VersionedExtractor(Engine);
        // No worker: the queued items stay queued, so what each request added can be counted.
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, upgraded, JobPolling.Queue("Api"));
        var client = factory.CreateClient();
        await client.Post("/api/articles", Http.Article(content: "The alpha report from March, about a market.", published: "2025-03-03"));
        await client.Post("/api/articles", Http.Article(content: "The charlie report from April, about drones.", published: "2025-04-10"));
        upgraded.Version = "engine-2";
        await client.Post("/api/articles", Http.Article(content: "The alpha report written after the upgrade.", published: "2025-03-04"));

        Assert.Equal(1, await TotalAsync(client, new { country = "ua" }));
        Assert.Equal(1, await TotalAsync(client, new { from = "2025-03-01", to = "2025-03-31" }));
        Assert.Equal(0, await TotalAsync(client, new { }));
        Assert.Equal(1, await TotalAsync(client, new { all = true }));
        // No body at all is the same as {}.
        Assert.Equal(0, (int)(await (await client.PostAsync("/api/admin/reextract", null)).Json())["total"]!);
    }

    [Fact]
    public async Task ReextractionIsAWriteThatNeedsAKeyWhenKeysAreConfigured()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new VersionedExtractor(Engine),
            new Dictionary<string, string> { ["Security:ApiKeys:0"] = "admin-key" });
        var client = factory.CreateClient();

        var refused = await (await client.Post("/api/admin/reextract", new { })).Problem(401);
        Assert.Contains("required", (string?)refused["title"]);
        client.DefaultRequestHeaders.Add("X-Api-Key", "admin-key");
        (await client.Post("/api/admin/reextract", new { })).Accepted();
    }

    [Fact]
    public async Task BadFiltersAreFieldErrors()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new VersionedExtractor(Engine));
        var client = factory.CreateClient();

        Assert.Contains("two-letter", await (await client.Post("/api/admin/reextract", new { country = "Sudan" })).FieldError("country"));
        Assert.Contains("before", await (await client.Post("/api/admin/reextract", new { from = "2025-05-01", to = "2025-04-01" })).FieldError("to"));
        await (await client.PostRaw("/api/admin/reextract", """{"from": "yesterday"}""")).FieldError("from");
    }

    private static async Task<int> TotalAsync(HttpClient client, object filter) =>
        (int)(await (await client.Post("/api/admin/reextract", filter)).Json())["total"]!;

    private static async Task<List<string>> SnapshotAsync(NewsEventsFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await DatabaseSnapshot.TakeAsync(scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>());
    }
}
