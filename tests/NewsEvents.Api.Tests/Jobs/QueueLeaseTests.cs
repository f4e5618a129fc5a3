using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Jobs;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Tests.Jobs;

public sealed class QueueLeaseTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AnItemWhoseWorkerDiedIsReclaimedAfterItsLeaseAndCompletedOnce(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var api = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()), JobPolling.Queue("Api"), shared: database);
        var location = (await api.CreateClient().PostRespondAsync("/api/articles", Http.Article())).Accepted();

        // A worker claims the item and dies: nothing releases its claim, so only the lease's expiry frees the item.
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        var dead = (await scope.ServiceProvider.GetRequiredService<JobQueue>().ClaimAsync("dead-worker", default))!;
        Assert.Null(await scope.ServiceProvider.GetRequiredService<JobQueue>().ClaimAsync("other", default));
        await db.JobItems.Where(i => i.Id == dead.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseExpiresAt, DateTime.UtcNow.AddMinutes(-1)));

        await using var worker = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()), JobPolling.Queue("Worker"), shared: database);
        var job = await worker.CreateClient().WaitForJobAsync(location);

        Assert.Equal("created", (string?)job["items"]![0]!["outcome"]);
        Assert.Equal(2, (int)job["items"]![0]!["attempts"]!);
        // The dead worker's late completion is refused: its lease token is no longer the item's.
        Assert.False(await scope.ServiceProvider.GetRequiredService<JobQueue>().CompleteAsync(dead, "created", 999, default));
        var item = await db.JobItems.AsNoTracking().SingleAsync(i => i.Id == dead.Id);
        Assert.Equal(JobItemStatus.Done, item.Status);
        Assert.NotEqual(999, item.ArticleId);
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnItemWhoseWorkersDieEveryTimeEndsUpFailedInsteadOfTakingTheNextWorkerDown(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var api = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()), JobPolling.Queue("Api", maxAttempts: 1), shared: database);
        var location = (await api.CreateClient().PostRespondAsync("/api/articles", Http.Article())).Accepted();
        using (var scope = api.Services.CreateScope())
        {
            var dead = (await scope.ServiceProvider.GetRequiredService<JobQueue>().ClaimAsync("dead-worker", default))!;
            await scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>().JobItems.Where(i => i.Id == dead.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        }

        var extracted = 0;
        await using var worker = new NewsEventsFactory(provider, new FakeExtractor(input =>
        {
            Interlocked.Increment(ref extracted);
            return RichResults.Incident()(input);
        }), JobPolling.Queue("Worker", maxAttempts: 1), shared: database);
        var job = await worker.CreateClient().WaitForJobAsync(location);

        Assert.Equal("failed", (string?)job["status"]);
        Assert.Contains("lease expired", (string?)job["items"]![0]!["error"]);
        Assert.Equal(0, extracted);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AFailingItemIsRetriedThenMarkedFailedWithItsErrorWithoutHoldingUpTheOthers(DatabaseProvider provider)
    {
        var tries = 0;
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input =>
        {
            if (input.Content.Contains("poison")) { Interlocked.Increment(ref tries); throw new InvalidOperationException("The engine choked on this one."); }
            return RichResults.Incident()(input);
        }), JobPolling.Queue(maxAttempts: 3));
        var client = factory.CreateClient();
        var poison = Http.Article(content: "This poison article breaks the engine every single time it runs.");

        var job = await client.WaitForJobAsync((await client.PostRespondAsync("/api/articles/batch", new { items = new[] { poison, Http.Article() } })).Accepted());

        Assert.Equal("done", (string?)job["status"]);
        var (bad, good) = (job["items"]![0]!, job["items"]![1]!);
        Assert.Equal("failed", (string?)bad["status"]);
        Assert.Equal(3, (int)bad["attempts"]!);
        // (the engine's own message stays in the log: the item tells the client what happened, not the engine's internals)
        Assert.Equal(NewsEvents.Api.Extraction.ExtractionRunner.FailureMessage, (string?)bad["error"]);
        Assert.Null(bad["articleId"]);
        Assert.Equal(3, tries);
        Assert.Equal("created", (string?)good["outcome"]);
        Assert.Equal(1, (int)job["counts"]!["failed"]!);
    }

    [Fact]
    public async Task AJobWhoseOnlyItemFailedIsFailed()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite,
            new FakeExtractor(_ => throw new InvalidOperationException("Never works.")), JobPolling.Queue(maxAttempts: 2));
        var client = factory.CreateClient();

        var job = await client.WaitForJobAsync((await client.PostRespondAsync("/api/articles", Http.Article())).Accepted());

        Assert.Equal("failed", (string?)job["status"]);
        Assert.Equal(2, (int)job["items"]![0]!["attempts"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ShuttingDownReleasesTheItemBeingWorkedOnWithoutCountingTheAttempt(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var entered = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        var factory = new NewsEventsFactory(provider, new FakeExtractor(input =>
        {
            entered.Set();
            gate.Wait(TimeSpan.FromSeconds(30));
            return RichResults.Incident()(input);
        }), JobPolling.Queue(), shared: database);
        await factory.CreateClient().PostRespondAsync("/api/articles", Http.Article());
        Assert.True(entered.Wait(TimeSpan.FromSeconds(30)), "The worker never started on the item.");

        await factory.DisposeAsync();
        gate.Set();

        await using var db = Contexts.Open(database);
        var item = await db.JobItems.AsNoTracking().SingleAsync();
        Assert.Equal(JobItemStatus.Queued, item.Status);
        Assert.Equal(0, item.Attempts);
        Assert.Null(item.LeaseToken);
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [PostgresFact]
    public async Task ConcurrentClaimsOnPostgresNeverTakeOneItemTwice()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await using var api = new NewsEventsFactory(DatabaseProvider.Postgres, new FakeExtractor(RichResults.Incident()), JobPolling.Queue("Api"), shared: database);
        var client = api.CreateClient();
        for (var batch = 0; batch < 2; batch++)
            (await client.PostRespondAsync("/api/articles/batch", new { items = Enumerable.Range(0, 250).Select(_ => Http.Article()).ToArray() })).Accepted();

        // Four claimers, each on its own connection, take items until the queue is empty.
        var claimed = await Task.WhenAll(Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            await using var scope = api.Services.CreateAsyncScope();
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            var mine = new List<long>();
            while (await queue.ClaimAsync($"claimer-{n}", default) is { } item) mine.Add(item.Id);
            return mine;
        })));

        var all = claimed.SelectMany(c => c).ToList();
        Assert.Equal(500, all.Count);
        Assert.Equal(500, all.Distinct().Count());
    }

    [PostgresFact]
    public async Task TwoWorkerInstancesOnPostgresShareABatchAndStoreEveryArticleOnce()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        var settings = JobPolling.Queue("Worker");
        settings["Ingestion:Workers"] = "2";
        await using var api = new NewsEventsFactory(DatabaseProvider.Postgres, new FakeExtractor(RichResults.Incident()), JobPolling.Queue("Api"), shared: database);
        await using var first = new NewsEventsFactory(DatabaseProvider.Postgres, new FakeExtractor(RichResults.Incident()), settings, shared: database);
        await using var second = new NewsEventsFactory(DatabaseProvider.Postgres, new FakeExtractor(RichResults.Incident()), settings, shared: database);
        first.CreateClient();
        second.CreateClient();
        var client = api.CreateClient();

        var items = Enumerable.Range(0, 300).Select(_ => Http.Article()).ToArray();
        var job = await client.WaitForJobAsync((await client.PostRespondAsync("/api/articles/batch", new { items })).Accepted(), seconds: 180);

        Assert.Equal(300, (int)job["counts"]!["created"]!);
        Assert.All(job["items"]!.AsArray(), i => Assert.Equal(1, (int)i!["attempts"]!));
        Assert.Equal(300, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
        await using var db = Contexts.Open(database);
        Assert.Equal(300, await db.JobItems.Select(i => i.ArticleId).Distinct().CountAsync());
    }
}
