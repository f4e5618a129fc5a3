using System.Net;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Articles;

/// <summary>POST replies say which events the article created and which stored events it joined.</summary>
public sealed class ArticleOutcomeTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AnArticleAnswersTheEventItCreatedAndASecondReportAnswersThatItJoinedIt(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();

        var first = await client.Post("/api/articles", Http.Article());
        var second = await client.Post("/api/articles", Http.Article());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = (await first.Json())["events"]!.AsArray();
        var joined = (await second.Json())["events"]!.AsArray();
        Assert.Equal("created", (string?)Assert.Single(created)!["outcome"]);
        Assert.Equal("joined", (string?)Assert.Single(joined)!["outcome"]);
        Assert.Equal((long)created[0]!["id"]!, (long)joined[0]!["id"]!);
        Assert.Equal(2, (int)(await (await client.GetAsync($"/api/events/{(long)created[0]!["id"]!}")).Json())["articles"]!.AsArray().Count);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task PostingAnArticleAgainAnswersTheSameEventsWithTheSameOutcomes(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();
        var article = Http.Article(url: "https://news.example.org/again");

        var first = await (await client.Post("/api/articles", article)).Json();
        var again = await client.Post("/api/articles", article);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first["events"]!.ToJsonString(), (await again.Json())["events"]!.ToJsonString());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ABatchAnswersEachItemsEventsCreatedOrJoined(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();
        var repeated = Http.Article();

        var body = await (await client.Post("/api/articles/batch", new { items = new[] { repeated, Http.Article(), new { content = "..." }, repeated } })).Json();

        var items = body["items"]!.AsArray();
        Assert.Equal(["created", "created", "invalid", "duplicate"], items.Select(i => (string)i!["status"]!));
        var firstEvent = Assert.Single(items[0]!["events"]!.AsArray())!;
        var secondEvent = Assert.Single(items[1]!["events"]!.AsArray())!;
        Assert.Equal("created", (string?)firstEvent["outcome"]);
        Assert.Equal("joined", (string?)secondEvent["outcome"]);
        Assert.Equal((long)firstEvent["id"]!, (long)secondEvent["id"]!);
        Assert.Null(items[2]!["events"]);
        Assert.Equal("created", (string?)items[3]!["events"]![0]!["outcome"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnArticleWithNoEventAnswersAnEmptyList(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input => RichResults.Incident()(input) with { Events = [] }));
        var client = factory.CreateClient();

        var body = await (await client.Post("/api/articles", Http.Article())).Json();

        Assert.Empty(body["events"]!.AsArray());
    }
}
