using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Events.Stream;
using NewsEvents.Api.Extraction;
using NewsEvents.Data;
using NewsEvents.Data.Entities;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Articles;

public enum IngestOutcome { Created, Duplicate, NotProcessed }

/// <param name="Failure">Why the article was not processed (extraction timed out, or the engine failed on it).</param>
public sealed record IngestResult(IngestOutcome Outcome, long ArticleId, ExtractionResult? Extraction, string? Failure = null);

/// <summary>
/// Stores one article and everything extracted from it in one transaction. Extraction runs first, outside the
/// transaction, so a slow article never holds database locks. Duplicates (same URL, or same cleaned text) are found
/// before writing, and again through the unique indexes when another instance wins a race.
/// </summary>
public sealed class ArticleIngestor(
    NewsEventsDbContext db, WriteGate writes, ExtractionRunner extractor, TimeProvider clock, IEventBroadcaster broadcaster, ILogger<ArticleIngestor> logger)
{
    private const int Attempts = 3;

    /// <param name="extracted">The extraction when the caller already ran it (a batch extracts its items in parallel first).</param>
    public async Task<IngestResult> IngestAsync(ArticleRequest request, CancellationToken ct, ExtractionResult? extracted = null)
    {
        var url = string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim();
        if (url is not null && await FindAsync(url, null, ct) is { } sameUrl) return new(IngestOutcome.Duplicate, sameUrl, null);

        var extraction = extracted;
        if (extraction is null)
        {
            var tried = await extractor.TryExtractAsync(ToInput(request), ct);
            if (tried.Result is null) return new(IngestOutcome.NotProcessed, 0, null, tried.Failure);
            extraction = tried.Result;
        }
        var hash = ContentHash(extraction.CleanText);
        if (await FindAsync(null, hash, ct) is { } sameText) return new(IngestOutcome.Duplicate, sameText, null);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var inBatch = db.Database.CurrentTransaction is not null;
                var id = await SaveAsync(request, url, hash, extraction, ct);
                // A batch publishes when its transaction commits; until then the rows are not visible to anyone else.
                if (!inBatch) await EventNotices.PublishAsync(db, broadcaster, [id], logger);
                return new(IngestOutcome.Created, id, extraction);
            }
            catch (DbUpdateException e) when (attempt < Attempts && e.IsUniqueViolation())
            {
                // A unique index refused a row: another request stored this article (or a shared place/actor) first.
                db.ChangeTracker.Clear();
                if (await FindAsync(url, hash, ct) is { } winner) return new(IngestOutcome.Duplicate, winner, null);
                logger.LogInformation("Retrying article save after a conflict on a shared row (attempt {Attempt}): {Reason}", attempt, e.InnerException?.Message);
            }
        }
    }

    private async Task<long> SaveAsync(ArticleRequest request, string? url, string hash, ExtractionResult extraction, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            Url = url, Source = ExtractionMapper.Clip(request.Source ?? extraction.Source, 200), Title = ExtractionMapper.Clip(request.Title ?? extraction.Title, 1000),
            PublishedAt = extraction.PublishedAt, Language = request.Language, Content = request.Content!,
            CleanText = extraction.CleanText, ContentHash = hash, ExtractorVersion = ExtractionMapper.Clip(extraction.ExtractorVersion, 50)!,
            ExtractionJson = System.Text.Json.JsonSerializer.Serialize(extraction, JsonDefaults.Web), CreatedAt = now,
        };

        // On its own, the article gets a transaction of its own; inside a batch's transaction, a savepoint, so that a
        // failing article leaves nothing of itself behind either way.
        // A batch already holds the write gate for its whole transaction.
        using var writing = db.Database.CurrentTransaction is null ? await writes.EnterAsync(ct) : default;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var batch = transaction is null ? db.Database.CurrentTransaction! : null;
        if (batch is not null) await batch.CreateSavepointAsync(ArticleSavepoint, ct);
        try
        {
            var pending = await new ExtractionMapper(db).MapAsync(article, extraction, now, ct);
            // The daily stats lose what the joined events counted while the database still holds them as they were,
            // and gain what every event of the article counts once written: same transaction, so never out of step.
            var touched = pending.Sources.Select(s => s.Event).Distinct().ToList();
            await DailyEventStats.SubtractAsync(db, touched.Where(e => db.Entry(e).State != EntityState.Added).Select(e => e.Id).ToList(), ct);
            db.Articles.Add(article);
            await db.SaveChangesAsync(ct);
            await pending.WriteAsync(db, article, now, ct);
            await DailyEventStats.AddAsync(db, touched.Select(e => e.Id).ToList(), ct);
            if (transaction is not null) await transaction.CommitAsync(ct);
            else await batch!.ReleaseSavepointAsync(ArticleSavepoint, ct);
        }
        catch when (batch is not null)
        {
            await batch.RollbackToSavepointAsync(ArticleSavepoint, ct);
            throw;
        }
        db.ChangeTracker.Clear();
        return article.Id;
    }

    private const string ArticleSavepoint = "article";

    /// <summary>Articles stored per transaction in a batch: one commit per article was a fifth of a batch's time.</summary>
    private const int BatchChunk = 50;

    /// <summary>
    /// Stores many articles: extraction first, on every core (pure CPU, thread-safe), then the writes one article at a
    /// time in transactions of <see cref="BatchChunk"/> articles, each article behind its own savepoint. An article
    /// repeated within the batch is found as a duplicate, since the chunk's own rows are visible to it.
    /// </summary>
    public async Task<IngestResult[]> IngestManyAsync(IReadOnlyList<ArticleRequest> requests, CancellationToken ct)
    {
        var extractions = new ExtractionAttempt[requests.Count];
        // One extraction per core at a time, so that an item's timeout is not spent queueing behind the others.
        await Parallel.ForAsync(0, requests.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, token) => extractions[i] = await extractor.TryExtractAsync(ToInput(requests[i]), token));
        var results = new IngestResult[requests.Count];
        for (var start = 0; start < requests.Count; start += BatchChunk)
        {
            using var writing = await writes.EnterAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            for (var i = start; i < Math.Min(start + BatchChunk, requests.Count); i++)
                results[i] = extractions[i] is { Result: { } extraction } ? await IngestAsync(requests[i], ct, extraction) : new(IngestOutcome.NotProcessed, 0, null, extractions[i].Failure);
            await transaction.CommitAsync(ct);
            var created = results.Skip(start).Take(BatchChunk).Where(r => r.Outcome == IngestOutcome.Created).Select(r => r.ArticleId).ToList();
            await EventNotices.PublishAsync(db, broadcaster, created, logger);
        }
        return results;
    }

    private async Task<long?> FindAsync(string? url, string? hash, CancellationToken ct) =>
        await db.Articles.AsNoTracking()
            .Where(a => (url != null && a.Url == url) || (hash != null && a.ContentHash == hash))
            .OrderBy(a => a.Id).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);

    public static ArticleInput ToInput(ArticleRequest request) => new(
        request.Content!,
        request.PublishedAt is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
        request.Title, request.Source, request.Url, request.Language);

    public static string ContentHash(string cleanText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cleanText)));
}
