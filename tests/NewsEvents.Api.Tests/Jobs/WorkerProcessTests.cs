using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Tests.Jobs;

/// <summary>
/// Worker-only instances as real child processes of the built API on one PostgreSQL database, with the real engine;
/// an in-process API-only instance queues the articles and reads the database. Waits are bounded, never timed.
/// </summary>
public sealed class WorkerProcessTests
{
    private static readonly string[] Places = ["Omdurman", "Kharkiv", "Goma", "Mogadishu", "Aleppo", "Khan Younis", "Bakhmut", "Mosul"];

    [PostgresFact]
    public async Task TwoWorkerProcessesShareAThousandQueuedArticlesAndProcessEachExactlyOnce()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await using var api = new NewsEventsFactory(DatabaseProvider.Postgres, new FakeExtractor(RichResults.Incident()), JobPolling.Queue("Api"), shared: database);
        var client = api.CreateClient();
        var settings = new Dictionary<string, string> { ["Ingestion:Workers"] = "2", ["Ingestion:PollInterval"] = "00:00:00.050" };
        await using var first = WorkerProcess.Start(database, settings);
        await using var second = WorkerProcess.Start(database, settings);
        await Task.WhenAll(first.WaitUntilReadyAsync(), second.WaitUntilReadyAsync());

        var jobs = new List<string>();
        for (var batch = 0; batch < 2; batch++)
        {
            var items = Enumerable.Range(batch * 500, 500).Select(Report).ToList();
            jobs.Add((await client.PostRespondAsync("/api/articles/batch", new { items })).Accepted());
        }
        foreach (var job in jobs)
        {
            var done = await client.WaitForJobAsync(job, seconds: 240);
            Assert.True((string?)done["status"] == "done", $"{done.ToJsonString()[..Math.Min(600, done.ToJsonString().Length)]}\n{first.Output}\n{second.Output}");
            Assert.Equal(500, (int)done["counts"]!["created"]!);
        }

        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        var rows = await db.JobItems.AsNoTracking().Select(i => new { i.Status, i.Attempts, i.Outcome, i.ArticleId, i.WorkerId }).ToListAsync();
        Assert.Equal(1000, rows.Count);
        Assert.All(rows, r => Assert.Equal((JobItemStatus.Done, 1, "created"), (r.Status, r.Attempts, r.Outcome)));
        Assert.Equal(1000, rows.Select(r => r.ArticleId).Distinct().Count());
        Assert.Equal(1000, await db.Articles.CountAsync());
        // Both processes took a share: a worker id is host/process id/worker number.
        var processes = rows.Select(r => int.Parse(r.WorkerId!.Split('/')[1])).ToHashSet();
        Assert.Equal(new HashSet<int> { first.Id, second.Id }, processes);
        Assert.False(first.HasExited || second.HasExited);
    }

    [PostgresFact]
    public async Task AWorkerProcessKilledMidItemLeavesItToBeReclaimedAfterTheLeaseAndCompletedOnce()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await using var api = new NewsEventsFactory(DatabaseProvider.Postgres, new FakeExtractor(RichResults.Incident()), JobPolling.Queue("Api"), shared: database);
        var client = api.CreateClient();
        // One worker; a long article keeps it busy for seconds, so the kill lands while the item is being worked on.
        var settings = new Dictionary<string, string>
        {
            ["Ingestion:Workers"] = "1", ["Ingestion:PollInterval"] = "00:00:00.050",
            ["Ingestion:LeaseDuration"] = "00:00:04", ["Ingestion:ExtractionTimeout"] = "00:03:00",
        };
        await using var doomed = WorkerProcess.Start(database, settings);
        await doomed.WaitUntilReadyAsync();
        var location = (await client.PostRespondAsync("/api/articles", LongReport())).Accepted();

        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await db.JobItems.AnyAsync(i => i.Status == JobItemStatus.Running && i.WorkerId!.Contains($"/{doomed.Id}/")))
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"The worker did not claim the item within 60 s:\n{doomed.Output}");
            await Task.Delay(20);
        }
        await doomed.KillAsync();

        // Killed mid-item: still claimed by the dead process, and nothing of the article written.
        var claimed = await db.JobItems.AsNoTracking().SingleAsync();
        Assert.Equal((JobItemStatus.Running, 1), (claimed.Status, claimed.Attempts));
        Assert.Equal(0, await db.Articles.CountAsync());

        await using var heir = WorkerProcess.Start(database, settings);
        var job = await client.WaitForJobAsync(location, seconds: 240);

        Assert.True((string?)job["status"] == "done", $"{job.ToJsonString()}\n{heir.Output}");
        var item = await db.JobItems.AsNoTracking().SingleAsync();
        Assert.Equal((JobItemStatus.Done, 2, "created"), (item.Status, item.Attempts, item.Outcome));
        Assert.Contains($"/{heir.Id}/", item.WorkerId);
        Assert.True(item.CompletedAt > claimed.LeaseExpiresAt);
        Assert.Equal(item.ArticleId, (await db.Articles.SingleAsync()).Id);
    }

    private static object Report(int n) => Http.Article(
        url: $"https://wire.example.org/process-test/{n}",
        content: $"Report {n}: shelling hit a market in {Places[n % Places.Length]} on Sunday, and {n % 30 + 2} civilians were killed, "
            + $"a hospital director said. Number {n} of the series, filed by our correspondent.",
        published: "2025-05-04");

    // About 18 KB of our own sentences; the real engine takes seconds on it on this machine.
    private static object LongReport() => Http.Article(url: "https://wire.example.org/process-test/long", content: string.Join("\n\n",
        Enumerable.Range(0, 100).Select(i => $"Paragraph {i}: residents of the district said that {i % 40 + 3} people were hurt when a shell "
            + $"landed near a bakery on Tuesday, and a doctor counted {i % 17 + 2} dead by the evening.")));
}
