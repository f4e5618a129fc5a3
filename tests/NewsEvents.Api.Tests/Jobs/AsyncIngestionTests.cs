using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Jobs;

public sealed class AsyncIngestionTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task PreferRespondAsyncAnswers202WithAJobThatEndsWithTheArticleAndItsEvents(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()), JobPolling.Queue());
        var client = factory.CreateClient();

        var response = await client.PostRespondAsync("/api/articles", Http.Article(url: "https://news.example.org/async-one"));

        var location = response.Accepted();
        Assert.Equal("respond-async", response.Headers.GetValues("Preference-Applied").Single());
        var accepted = await response.Json();
        Assert.Equal("ingest", (string?)accepted["kind"]);
        Assert.Equal(1, (int)accepted["total"]!);
        var job = await client.WaitForJobAsync(location);
        Assert.Equal("done", (string?)job["status"]);
        Assert.Equal(1, (int)job["counts"]!["created"]!);
        var item = job["items"]![0]!;
        Assert.Equal("created", (string?)item["outcome"]);
        var articleId = (long)item["articleId"]!;
        Assert.Equal("created", (string?)item["events"]![0]!["outcome"]);
        var article = await (await client.GetAsync($"/api/articles/{articleId}")).Json();
        Assert.Equal("https://news.example.org/async-one", (string?)article["url"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnAsyncBatchAnswersInvalidItemsAtOnceAndTheRestAsTheyAreStored(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()), JobPolling.Queue());
        var client = factory.CreateClient();
        var repeated = Http.Article();

        var response = await client.PostRespondAsync("/api/articles/batch", new { items = new[] { Http.Article(), new { content = "..." }, repeated, repeated } });

        var accepted = await response.Json();
        Assert.Equal(4, (int)accepted["total"]!);
        Assert.Equal(1, (int)accepted["counts"]!["invalid"]!);
        Assert.Contains("content", accepted["items"]![1]!["errors"]!.AsObject().Select(e => e.Key));
        var job = await client.WaitForJobAsync(response.Accepted());
        Assert.Equal("done", (string?)job["status"]);
        var outcomes = job["items"]!.AsArray().Select(i => (string?)i!["outcome"]).ToList();
        Assert.Equal(["created", "invalid"], outcomes[..2]);
        // the two copies may be taken by two workers in either order (PostgreSQL): one stores it, the other finds it stored
        Assert.Equal(["created", "duplicate"], outcomes[2..].Order());
        Assert.Equal((long)job["items"]![2]!["articleId"]!, (long)job["items"]![3]!["articleId"]!);
        Assert.Equal(2, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnAcceptedArticleIsStoredEvenWhenNoWorkerRunsUntilAnotherInstanceStarts(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        string location;
        await using (var api = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()), JobPolling.Queue("Api"), shared: database))
        {
            location = (await api.CreateClient().PostRespondAsync("/api/articles", Http.Article())).Accepted();
            var pending = await (await api.CreateClient().GetAsync(location)).Json();
            Assert.Equal("queued", (string?)pending["status"]);
            Assert.Equal(0, (int)(await (await api.CreateClient().GetAsync("/api/articles")).Json())["total"]!);
        }

        // The accepting process is gone; a worker-only instance on the same database finds the article in the queue.
        await using var worker = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()), JobPolling.Queue("Worker"), shared: database);
        var job = await worker.CreateClient().WaitForJobAsync(location);
        Assert.Equal(1, (int)job["counts"]!["created"]!);
    }

    [Fact]
    public async Task WithoutTheHeaderIngestionStaysSynchronousAndQueuesNothing()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()));
        var response = await factory.CreateClient().Post("/api/articles", Http.Article());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var scope = factory.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>().JobItems.CountAsync());
    }

    [Theory]
    [InlineData("wait=5, respond-async", true)]
    [InlineData("RESPOND-ASYNC", true)]
    [InlineData("return=minimal", false)]
    public async Task ThePreferHeaderIsReadAsRfc7240Says(string prefer, bool async)
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()), JobPolling.Queue("Api"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = System.Net.Http.Json.JsonContent.Create(Http.Article()) };
        request.Headers.TryAddWithoutValidation("Prefer", prefer);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(async ? HttpStatusCode.Accepted : HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownJobIsNotFoundAndABadPageIsAFieldError()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();

        var missing = await (await client.GetAsync("/api/jobs/987654")).Problem(404);
        Assert.Contains("987654", (string?)missing["title"]);
        Assert.Contains("1 and 500", await (await client.GetAsync("/api/jobs/1?size=9000")).FieldError("size"));
    }

    [Fact]
    public async Task AnInvalidArticleWithRespondAsyncIsRefusedAtOnceAndNothingIsQueued()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();

        await (await client.PostRespondAsync("/api/articles", new { content = "" })).FieldError("content");

        using var scope = factory.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>().JobItems.CountAsync());
    }
}
