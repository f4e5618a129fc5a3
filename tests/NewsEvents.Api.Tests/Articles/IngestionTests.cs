using System.Net;
using System.Net.Http.Json;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Articles;

public sealed class IngestionTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task PostingAnArticleReturnsCreatedWithLocationAndTheStoredArticle(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();

        var response = await client.Post("/api/articles", Http.Article(url: "https://news.example.org/a1", content: "  Fighting was reported near the river on Monday.  "));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Json();
        var id = (long)body["id"]!;
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("https://news.example.org/a1", (string?)body["url"]);
        Assert.Equal(64, ((string)body["contentHash"]!).Length);
        Assert.NotNull(body["extraction"]?["events"]);

        var stored = await (await client.GetAsync($"/api/articles/{id}")).Json();
        var cleanText = (string)stored["cleanText"]!;
        // Whatever the cleaner makes of it, the stored text is the text the extraction's spans point into.
        Assert.Equal((string?)body["extraction"]!["cleanText"], cleanText);
        Assert.Contains("reported near the river", cleanText);
        Assert.Equal(cleanText.Trim(), cleanText);
        Assert.Equal("2025-03-03", (string?)stored["publishedAt"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task PostingTheSameUrlTwiceReturnsTheFirstArticle(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();

        var first = await (await client.Post("/api/articles", Http.Article(url: "https://news.example.org/same"))).Json();
        var second = await client.Post("/api/articles", Http.Article(url: "https://news.example.org/same"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((long)first["id"]!, (long)(await second.Json())["id"]!);
        Assert.Equal(1, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task PostingTheSameTextUnderAnotherUrlReturnsTheFirstArticle(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();
        const string text = "Two drones struck a fuel depot outside the port city overnight, officials said.";

        var first = await (await client.Post("/api/articles", Http.Article(content: text))).Json();
        // Whitespace around the text is cleaned away, so this is the same cleaned text.
        var second = await client.Post("/api/articles", Http.Article(content: "\n" + text + "   "));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((long)first["id"]!, (long)(await second.Json())["id"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ABatchAnswersEachItemAndOneBadItemDoesNotRejectTheOthers(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();
        var repeated = Http.Article();

        var response = await client.Post("/api/articles/batch", new
        {
            items = new[] { repeated, Http.Article(), new { content = "", url = "ftp://files.example.org/x" }, repeated },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Json();
        Assert.Equal(2, (int)body["created"]!);
        Assert.Equal(1, (int)body["duplicates"]!);
        Assert.Equal(1, (int)body["invalid"]!);
        var items = body["items"]!.AsArray();
        Assert.Equal(["created", "created", "invalid", "duplicate"], items.Select(i => (string)i!["status"]!));
        Assert.True(items[2]!["errors"]!.AsObject().ContainsKey("content"));
        Assert.True(items[2]!["errors"]!.AsObject().ContainsKey("url"));
        Assert.Equal((long)items[0]!["id"]!, (long)items[3]!["id"]!);
        Assert.Equal(2, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ExtractRunsTheEngineWithoutStoringAnything(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();

        var response = await client.Post("/api/extract", Http.Article());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Json();
        Assert.Equal("Omdurman", (string?)result["events"]![0]!["location"]!["name"]);
        Assert.Equal(0, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
        Assert.Equal(0, (int)(await (await client.GetAsync("/api/events")).Json())["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TheExtractionIsReturnedWithTheContractsNamesAndSpansAsPairs(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();
        var id = (long)(await (await client.Post("/api/articles", Http.Article())).Json())["id"]!;

        var extraction = await (await client.GetAsync($"/api/articles/{id}/extraction")).Json();

        Assert.Equal("fake-1", (string?)extraction["extractorVersion"]);
        Assert.Equal("[[10,18]]", extraction["locations"]![0]!["spans"]!.ToJsonString());
        Assert.Equal("[20,38]", extraction["tolls"]![0]!["span"]!.ToJsonString());
        Assert.Equal(3, (int)extraction["tolls"]![0]!["includes"]![0]!["best"]!);
        Assert.Equal("Sudanese Armed Forces", (string?)extraction["actors"]![1]!["name"]);
        Assert.Equal("actor1", (string?)extraction["events"]![0]!["actors"]![0]!["role"]);
        Assert.Equal(365137, (int)extraction["events"]![0]!["location"]!["geonameId"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ArticlesAreListedNewestFirstWithFiltersAndTotal(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();
        await client.Post("/api/articles", Http.Article(source: "Alpha", published: "2025-01-10"));
        await client.Post("/api/articles", Http.Article(source: "Beta", published: "2025-02-10"));
        await client.Post("/api/articles", Http.Article(source: "Beta", published: "2025-03-10"));

        var all = await (await client.GetAsync("/api/articles?size=2")).Json();
        var beta = await (await client.GetAsync("/api/articles?source=Beta&from=2025-03-01")).Json();

        Assert.Equal(3, (int)all["total"]!);
        Assert.Equal(2, all["items"]!.AsArray().Count);
        Assert.Equal("2025-03-10", (string?)all["items"]![0]!["publishedAt"]);
        Assert.Equal(1, (int)beta["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task OverlongEngineOutputIsClippedToTheColumnsNotRefused(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input =>
        {
            var rich = RichResults.Incident()(input);
            var toll = rich.Tolls[0] with { Victims = new string('v', 500) };
            var evt = rich.Events[0] with { Summary = new string('s', 3000), Tolls = [toll] };
            return rich with { Tolls = [toll], Events = [evt], People = [new("P", new string('r', 400), null, [])] };
        }));
        var client = factory.CreateClient();

        var response = await client.Post("/api/articles", Http.Article());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var events = await (await client.GetAsync("/api/events")).Json();
        Assert.Equal(2000, ((string)events["items"]![0]!["summary"]!).Length);
        var tolls = await (await client.GetAsync("/api/tolls")).Json();
        Assert.Equal(1, (int)tolls["total"]!);
        Assert.Equal(200, ((string)tolls["items"]![0]!["victims"]!).Length);
    }
}
