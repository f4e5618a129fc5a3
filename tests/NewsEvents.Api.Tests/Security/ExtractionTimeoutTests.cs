using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Extraction;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Security;

/// <summary>A pathological article stops at Ingestion:ExtractionTimeout with a 422 (or "failed" in a batch); the rest go on.</summary>
public sealed class ExtractionTimeoutTests
{
    private static readonly Func<ArticleInput, ExtractionResult> Incident = RichResults.Incident();

    private static NewsEventsFactory SlowOnDemand(DatabaseProvider provider) =>
        new(provider, new FakeExtractor(input =>
        {
            if (input.Content.Contains("pathological", StringComparison.Ordinal)) Thread.Sleep(TimeSpan.FromSeconds(3));
            return Incident(input);
        }), new Dictionary<string, string> { ["Ingestion:ExtractionTimeout"] = "00:00:00.300" });

    [Fact]
    public async Task ASlowExtractionIs422()
    {
        await using var factory = SlowOnDemand(DatabaseProvider.Sqlite);

        var problem = await (await factory.CreateClient().Post("/api/extract", new { content = "A pathological article." })).Problem(422);

        Assert.Contains("0.3 s", (string?)problem["detail"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ASlowArticleIs422AndNothingIsStored(DatabaseProvider provider)
    {
        await using var factory = SlowOnDemand(provider);
        var client = factory.CreateClient();

        var problem = await (await client.Post("/api/articles", Http.Article(content: "A pathological article about shelling."))).Problem(422);

        Assert.Contains("not stored", (string?)problem["detail"]);
        Assert.Equal(0, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ASlowItemInABatchIsMarkedFailedAndTheOthersAreStored(DatabaseProvider provider)
    {
        await using var factory = SlowOnDemand(provider);
        var client = factory.CreateClient();
        var items = new[] { Http.Article(), Http.Article(content: "A pathological article about shelling."), Http.Article() };

        var batch = await (await client.Post("/api/articles/batch", new { items })).Json();

        Assert.Equal(2, (int)batch["created"]!);
        Assert.Equal(1, (int)batch["failed"]!);
        Assert.Equal("failed", (string?)batch["items"]![1]!["status"]);
        Assert.Contains("not stored", batch["items"]![1]!["errors"]!["content"]![0]!.ToString());
        Assert.Equal(2, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }
}

public sealed class ExtractionCancellationTests
{
    [Fact]
    public async Task WhenTheClientLeavesTheRequestStopsWaitingForTheEngineAtOnce()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(input =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(3));
            return RichResults.Incident()(input);
        }));
        var runner = factory.Services.GetRequiredService<ExtractionRunner>();
        using var client = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.TryExtractAsync(new ArticleInput("Shelling hit the town.", null, null, null, null, null), client.Token));

        // The engine takes no token yet: the request returns at once while the extraction itself runs on to its end.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Stopped waiting after {clock.Elapsed}");
    }
}
