using System.Net.Http.Json;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Security;

/// <summary>
/// An article the engine cannot process, because it is pathological (it stops at Ingestion:ExtractionTimeout) or because
/// the engine throws on it (which it is meant never to do), is answered with a 422, or as "failed" in a batch, and nothing
/// of it is stored; the rest go on, and no request gets a 500.
/// </summary>
public sealed class ExtractionTimeoutTests
{
    private static readonly Func<ArticleInput, ExtractionResult> Incident = RichResults.Incident();

    private const string Slow = "A pathological article about shelling.";
    private const string Failing = "A poison article about shelling.";

    private static NewsEventsFactory TroubledOnDemand(DatabaseProvider provider) =>
        new(provider, new FakeExtractor(input =>
        {
            if (input.Content.Contains("pathological", StringComparison.Ordinal)) Thread.Sleep(TimeSpan.FromSeconds(3));
            if (input.Content.Contains("poison", StringComparison.Ordinal)) throw new InvalidOperationException("engine bug");
            return Incident(input);
        }), new Dictionary<string, string> { ["Ingestion:ExtractionTimeout"] = "00:00:00.300" });

    [Theory]
    [InlineData(Slow, "0.3 s")]
    [InlineData(Failing, "engine failed")]
    public async Task AnArticleTheEngineCannotProcessIs422OnExtract(string content, string detail)
    {
        await using var factory = TroubledOnDemand(DatabaseProvider.Sqlite);

        var problem = await (await factory.CreateClient().Post("/api/extract", new { content })).Problem(422);

        Assert.Contains(detail, (string?)problem["detail"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnArticleTheEngineCannotProcessIs422AndNothingIsStored(DatabaseProvider provider)
    {
        await using var factory = TroubledOnDemand(provider);
        var client = factory.CreateClient();

        foreach (var (content, detail) in new[] { (Slow, "0.3 s"), (Failing, "engine failed") })
        {
            var problem = await (await client.Post("/api/articles", Http.Article(content: content))).Problem(422);
            Assert.Contains(detail, (string?)problem["detail"]);
            Assert.Contains("not stored", (string?)problem["detail"]);
        }
        Assert.Equal(0, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnItemTheEngineCannotProcessInABatchIsMarkedFailedAndTheOthersAreStored(DatabaseProvider provider)
    {
        await using var factory = TroubledOnDemand(provider);
        var client = factory.CreateClient();
        var items = new[] { Http.Article(), Http.Article(content: Slow), Http.Article(content: Failing), Http.Article(content: "Another article about shelling.") };

        var batch = await (await client.Post("/api/articles/batch", new { items })).Json();

        Assert.Equal(2, (int)batch["created"]!);
        Assert.Equal(2, (int)batch["failed"]!);
        Assert.Equal("failed", (string?)batch["items"]![1]!["status"]);
        Assert.Equal("failed", (string?)batch["items"]![2]!["status"]);
        Assert.Contains("0.3 s", batch["items"]![1]!["errors"]!["content"]![0]!.ToString());
        Assert.Contains("engine failed", batch["items"]![2]!["errors"]!["content"]![0]!.ToString());
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
