using System.Net.Http.Json;
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

/// <summary>The engine is handed a token that fires when the client leaves or the time runs out, so abandoned work stops.</summary>
public sealed class ExtractionCancellationTests
{
    // Waits in the engine until its token fires, and records that it did; the bound only keeps a broken build from hanging.
    private sealed class EngineThatWaitsForCancellation
    {
        public readonly TaskCompletionSource Started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public readonly TaskCompletionSource<bool> Stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public FakeExtractor Extractor => new((input, ct) =>
        {
            Started.TrySetResult();
            Stopped.TrySetResult(ct.WaitHandle.WaitOne(TimeSpan.FromSeconds(30)));
            ct.ThrowIfCancellationRequested();
            return RichResults.Incident()(input);
        });
    }

    [Fact]
    public async Task WhenTheClientLeavesTheEngineIsToldToStop()
    {
        var engine = new EngineThatWaitsForCancellation();
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, engine.Extractor);
        var client = factory.CreateClient();
        using var leave = new CancellationTokenSource();

        var request = client.PostAsync("/api/extract", JsonContent.Create(new { content = "Shelling hit the town on Monday." }), leave.Token);
        await engine.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await leave.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        Assert.True(await engine.Stopped.Task.WaitAsync(TimeSpan.FromSeconds(60)), "the engine's token never fired");
    }

    [Fact]
    public async Task AtTheTimeoutTheEngineIsToldToStopAndTheAnswerIs422()
    {
        var engine = new EngineThatWaitsForCancellation();
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, engine.Extractor,
            new Dictionary<string, string> { ["Ingestion:ExtractionTimeout"] = "00:00:00.200" });

        await (await factory.CreateClient().Post("/api/extract", new { content = "Shelling hit the town on Monday." })).Problem(422);

        Assert.True(await engine.Stopped.Task.WaitAsync(TimeSpan.FromSeconds(60)), "the engine's token never fired");
    }
}
