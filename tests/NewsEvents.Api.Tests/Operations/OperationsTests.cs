using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Operations;

public sealed class OperationsTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task LivenessAndReadinessAreHealthy(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnIncomingRequestIdIsReturnedAndANewOneIsMadeOtherwise()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite);
        var client = factory.CreateClient();

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Add("X-Request-Id", "dashboard-42");
        var echoed = await client.SendAsync(request);
        var fresh = await client.GetAsync("/api/articles/12345");

        Assert.Equal("dashboard-42", echoed.Headers.GetValues("X-Request-Id").Single());
        var id = fresh.Headers.GetValues("X-Request-Id").Single();
        Assert.Equal(32, id.Length);
        Assert.Equal(id, (string?)(await fresh.Json())["requestId"]);
    }

    [Fact]
    public async Task SwaggerDocumentsEveryEndpointWithASummaryAnExampleAndProblemResponses()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/index.html")).StatusCode);
        var doc = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = doc["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Verb: o.Key, Op: o.Value!))).ToList();
        Assert.Contains(operations, o => o.Path == "/api/articles" && o.Verb == "post");
        foreach (var (path, verb, op) in operations.Where(o => o.Path.StartsWith("/api/")))
            Assert.False(string.IsNullOrWhiteSpace((string?)op["summary"]), $"{verb} {path} has no summary");

        var post = operations.Single(o => o.Path == "/api/articles" && o.Verb == "post").Op;
        Assert.Equal("application/problem+json", post["responses"]!["400"]!["content"]!.AsObject().Single().Key);
        Assert.NotNull(post["responses"]!["413"]);
        var article = doc["components"]!["schemas"]!["ArticleRequest"]!["properties"]!;
        Assert.Contains("civilians", (string?)article["content"]!["example"]);
        Assert.NotNull(operations.Single(o => o.Path == "/api/events/{id}").Op["responses"]!["404"]);
        var from = operations.Single(o => o.Path == "/api/events").Op["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "from")!;
        Assert.Contains("yyyy-MM-dd", (string?)from["description"]);
    }

    [Fact]
    public async Task ListingEventsCostsOneQueryWhateverThePageSizeThreeForAnActorAndTwoWithTheTotal()
    {
        var counter = new CommandCounter();
        // no queue worker: its polls would be counted with the requests' own queries
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()),
            settings: new Dictionary<string, string> { ["Ingestion:Role"] = "Api" },
            services: s => s.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(counter));
        var client = factory.CreateClient();
        for (var i = 0; i < 6; i++) await client.Post("/api/articles", Http.Article(published: $"2025-03-{i * 3 + 1:00}"));

        counter.Reset();
        var page = await (await client.GetAsync("/api/events?size=100&country=SD")).Json();
        Assert.Equal(6, page["items"]!.AsArray().Count);
        Assert.Equal(1, counter.Count);

        // An actor's date-sorted page: the actor's id, the page's links, then those events (ActorPages).
        counter.Reset();
        Assert.Equal(6, (await (await client.GetAsync("/api/events?size=100&actor=Rapid Support Forces")).Json())["items"]!.AsArray().Count);
        Assert.Equal(3, counter.Count);

        counter.Reset();
        await client.GetAsync("/api/events?size=100&actor=Rapid Support Forces&includeTotal=true");
        Assert.Equal(2, counter.Count);

        counter.Reset();
        await client.GetAsync($"/api/events/{(long)page["items"]![0]!["id"]!}");
        // the page of its article ids, then the event and its four collections, one statement each
        Assert.True(counter.Count <= 6, $"event detail took {counter.Count} queries");
    }

    private sealed class CommandCounter : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        private int _count;
        public int Count => _count;
        public void Reset() => _count = 0;

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<object>> ScalarExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
