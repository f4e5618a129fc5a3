using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsEvents.Api.Articles;
using NewsEvents.Api.Events.Stream;
using NewsEvents.Api.Extraction;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Jobs;

/// <summary>An attempt that failed in a way worth retrying (an extraction timeout); its message becomes the item's error.</summary>
public sealed class ItemAttemptException(string message) : Exception(message);

/// <summary>
/// Runs one claimed item. Extraction happens first, outside any transaction; then one transaction checks the lease,
/// writes the article's rows and completes the item, so that the work and its completion commit together or not at all.
/// </summary>
public sealed class JobRunner(NewsEventsDbContext db, JobQueue queue, ArticleIngestor ingestor, ArticleReextractor reextractor,
    ExtractionRunner extraction, IEventBroadcaster broadcaster, IOptions<QueueOptions> options, ILogger<JobRunner> logger)
{
    /// <summary>Throws OperationCanceledException only when <paramref name="ct"/> fires (shutdown); every other failure is recorded on the item.</summary>
    public async Task RunAsync(ClaimedItem item, CancellationToken ct)
    {
        // Attempts past the limit can only come from reclaimed leases: an item whose worker died (or hung) every time,
        // which would otherwise take the next worker down with it forever.
        if (item.Attempts > options.Value.MaxAttempts)
        {
            logger.LogWarning("Job item {Item} gave up after {Attempts} claims whose workers never finished", item.Id, item.Attempts - 1);
            await queue.FailAsync(item, $"Gave up: the worker never finished this item in {item.Attempts - 1} attempts (its lease expired each time).", ct);
            return;
        }
        try
        {
            var completed = item.Kind == JobKinds.Reextract ? await reextractor.ReextractAsync(item, ct) : await IngestAsync(item, ct);
            if (!completed) logger.LogWarning("Job item {Item} was reclaimed by another worker after its lease expired; this attempt's work was rolled back", item.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            logger.LogWarning(e is ItemAttemptException ? null : e, "Job item {Item} failed on attempt {Attempt}: {Error}", item.Id, item.Attempts, e.Message);
            await queue.FailAsync(item, e.Message, CancellationToken.None);
        }
    }

    private async Task<bool> IngestAsync(ClaimedItem item, CancellationToken ct)
    {
        var request = JsonSerializer.Deserialize<ArticleRequest>(item.Payload!, JsonDefaults.Web)!;
        var attempt = await extraction.TryExtractAsync(ArticleIngestor.ToInput(request), ct);
        var extracted = attempt.Result ?? throw new ItemAttemptException(attempt.Failure!);
        IngestResult result;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (!await queue.HoldAsync(item, ct)) return false;
            // Inside our transaction the ingestor writes behind a savepoint and leaves the commit to us.
            result = await ingestor.IngestAsync(request, ct, extracted);
            await queue.CompleteAsync(item, result.Outcome == IngestOutcome.Created ? ItemOutcomes.Created : ItemOutcomes.Duplicate, result.ArticleId, ct);
            await transaction.CommitAsync(ct);
        }
        if (result.Outcome == IngestOutcome.Created) await EventNotices.PublishAsync(db, broadcaster, [result.ArticleId], logger);
        return true;
    }
}

public static class ItemOutcomes
{
    public const string Created = "created";
    public const string Duplicate = "duplicate";
    public const string Invalid = "invalid";
    public const string Reextracted = "reextracted";
    public const string Failed = "failed";
}
