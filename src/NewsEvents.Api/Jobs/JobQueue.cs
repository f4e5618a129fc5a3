using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Jobs;

/// <summary>An item a worker holds: it may complete it only while <see cref="Token"/> is still the item's lease token.</summary>
public sealed record ClaimedItem(long Id, long JobId, string Kind, string? Payload, long? ArticleId, int Attempts, Guid Token);

/// <summary>
/// The queue on the database. Every state change is one UPDATE guarded by the lease token, so a worker whose lease
/// expired (and whose item another worker reclaimed) changes nothing: its late completion is refused.
/// </summary>
public sealed class JobQueue(NewsEventsDbContext db, TimeProvider clock, IOptions<QueueOptions> options, QueueSignal signal)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Stores a job and its items in one SaveChanges (one transaction): once this returns, nothing is lost.</summary>
    public async Task<Job> EnqueueAsync(string kind, List<JobItem> items, CancellationToken ct)
    {
        var job = new Job { Kind = kind, CreatedAt = Now, Total = items.Count, Items = items };
        foreach (var item in items) item.AvailableAt = job.CreatedAt;
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        signal.Notify(items.Count(i => i.Status == JobItemStatus.Queued));
        return job;
    }

    /// <summary>Claims the oldest item whose lease expired, else the oldest queued item that is due; null when there is none.</summary>
    public async Task<ClaimedItem?> ClaimAsync(string worker, CancellationToken ct)
    {
        var token = Guid.NewGuid();
        if (await ClaimOneAsync(JobItemStatus.Running, worker, token, ct) == 0 && await ClaimOneAsync(JobItemStatus.Queued, worker, token, ct) == 0)
            return null;
        return await db.JobItems.AsNoTracking().Where(i => i.LeaseToken == token)
            .Select(i => new ClaimedItem(i.Id, i.JobId, i.Kind, i.Payload, i.ArticleId, i.Attempts, token)).FirstOrDefaultAsync(ct);
    }

    private async Task<int> ClaimOneAsync(string status, string worker, Guid token, CancellationToken ct)
    {
        var now = Now;
        var expires = now + options.Value.LeaseDuration;
        // The dead worker's attempt counts: an item that kills its worker every time still ends up failed.
        if (db.Database.IsNpgsql())
            return await db.Database.ExecuteSqlRawAsync(status == JobItemStatus.Running ? ClaimExpiredSql : ClaimQueuedSql, [token, expires, worker, now], ct);
        // SQLite has one writer at a time and one worker in the process: the UPDATE alone is atomic.
        var candidates = status == JobItemStatus.Running
            ? db.JobItems.Where(i => i.Status == status && i.LeaseExpiresAt <= now)
            : db.JobItems.Where(i => i.Status == status && i.AvailableAt <= now);
        // Even an UPDATE that changes nothing takes SQLite's write lock: an idle poll reads first.
        if (!await candidates.AnyAsync(ct)) return 0;
        return await candidates.OrderBy(i => i.Id).Take(1).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, JobItemStatus.Running).SetProperty(i => i.LeaseToken, token).SetProperty(i => i.LeaseExpiresAt, expires)
            .SetProperty(i => i.Attempts, i => i.Attempts + 1).SetProperty(i => i.WorkerId, worker), ct);
    }

    // SKIP LOCKED: concurrent workers each take a different row instead of queueing on the same one.
    private const string ClaimQueuedSql = """
        UPDATE "JobItems" SET "Status" = 'running', "LeaseToken" = {0}, "LeaseExpiresAt" = {1}, "Attempts" = "Attempts" + 1, "WorkerId" = {2}
        WHERE "Id" = (SELECT "Id" FROM "JobItems" WHERE "Status" = 'queued' AND "AvailableAt" <= {3} ORDER BY "Id" LIMIT 1 FOR UPDATE SKIP LOCKED)
        """;

    private const string ClaimExpiredSql = """
        UPDATE "JobItems" SET "Status" = 'running', "LeaseToken" = {0}, "LeaseExpiresAt" = {1}, "Attempts" = "Attempts" + 1, "WorkerId" = {2}
        WHERE "Id" = (SELECT "Id" FROM "JobItems" WHERE "Status" = 'running' AND "LeaseExpiresAt" <= {3} ORDER BY "Id" LIMIT 1 FOR UPDATE SKIP LOCKED)
        """;

    /// <summary>
    /// Inside the caller's transaction, before it writes: true when the lease is still this claim's (and renews it).
    /// The row stays locked until the transaction ends, so no other worker can reclaim the item meanwhile.
    /// </summary>
    public async Task<bool> HoldAsync(ClaimedItem item, CancellationToken ct)
    {
        var expires = Now + options.Value.LeaseDuration;
        return await Mine(item).ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseExpiresAt, expires), ct) == 1;
    }

    public async Task<bool> CompleteAsync(ClaimedItem item, string outcome, long? articleId, CancellationToken ct)
    {
        var now = Now;
        return await Mine(item).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, JobItemStatus.Done).SetProperty(i => i.Outcome, outcome).SetProperty(i => i.ArticleId, articleId)
            .SetProperty(i => i.Error, (string?)null).SetProperty(i => i.CompletedAt, now)
            .SetProperty(i => i.LeaseToken, (Guid?)null).SetProperty(i => i.LeaseExpiresAt, (DateTime?)null), ct) == 1;
    }

    /// <summary>A failed attempt: queued again after the backoff, or failed for good after Ingestion:MaxAttempts.</summary>
    public async Task FailAsync(ClaimedItem item, string error, CancellationToken ct)
    {
        var now = Now;
        var final = item.Attempts >= options.Value.MaxAttempts;
        var message = error.Length <= 2000 ? error : error[..2000];
        var next = now + options.Value.Backoff(item.Attempts);
        await Mine(item).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, final ? JobItemStatus.Failed : JobItemStatus.Queued).SetProperty(i => i.Outcome, final ? "failed" : null)
            .SetProperty(i => i.Error, message).SetProperty(i => i.AvailableAt, next).SetProperty(i => i.CompletedAt, final ? now : (DateTime?)null)
            .SetProperty(i => i.LeaseToken, (Guid?)null).SetProperty(i => i.LeaseExpiresAt, (DateTime?)null), ct);
    }

    /// <summary>Gives an item back at shutdown, unprocessed: the attempt does not count.</summary>
    public async Task ReleaseAsync(ClaimedItem item, CancellationToken ct)
    {
        var now = Now;
        await Mine(item).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, JobItemStatus.Queued).SetProperty(i => i.Attempts, i => i.Attempts - 1).SetProperty(i => i.AvailableAt, now)
            .SetProperty(i => i.LeaseToken, (Guid?)null).SetProperty(i => i.LeaseExpiresAt, (DateTime?)null), ct);
    }

    private IQueryable<JobItem> Mine(ClaimedItem item) =>
        db.JobItems.Where(i => i.Id == item.Id && i.LeaseToken == item.Token && i.Status == JobItemStatus.Running);
}
