using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Events.Stream;
using NewsEvents.Api.Extraction;
using NewsEvents.Api.Jobs;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Articles;

/// <summary>
/// Re-runs the engine on one stored article and replaces its contribution: its tolls, claims, people and mentions,
/// its share of merged events (recomputed from their other sources, deleted when none is left), then maps the new
/// extraction exactly as ingestion does. The article keeps its id, URL, content and creation time.
/// </summary>
public sealed class ArticleReextractor(NewsEventsDbContext db, ExtractionRunner runner, JobQueue queue, TimeProvider clock,
    IEventBroadcaster broadcaster, ILogger<ArticleReextractor> logger)
{
    // Any constant, the same in every instance: re-extraction writes take turns across workers.
    private const long ReextractLockKey = 0x4E65_5265_6578; // "NeReex"

    /// <returns>False when the lease was lost to another worker (nothing written).</returns>
    public async Task<bool> ReextractAsync(ClaimedItem item, CancellationToken ct)
    {
        var id = item.ArticleId!.Value;
        var stored = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Content, a.PublishedAt, a.Title, a.Source, a.Url, a.Language }).FirstOrDefaultAsync(ct)
            ?? throw new ItemAttemptException($"There is no article with id {id}.");
        // The stored title, source and date stand for what was posted: they are the request's where it gave them.
        var input = new ArticleInput(stored.Content, stored.PublishedAt, stored.Title, stored.Source, stored.Url, stored.Language);
        var attempt = await runner.TryExtractAsync(input, ct);
        var extraction = attempt.Result ?? throw new ItemAttemptException(attempt.Failure!);
        var now = clock.GetUtcNow().UtcDateTime;

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (!await queue.HoldAsync(item, ct)) return false;
            // Two articles sharing an event would otherwise each recompute it from the other's half-replaced state.
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ReextractLockKey})", ct);

            var left = await db.EventSources.Where(s => s.ArticleId == id).Select(s => s.EventId).ToListAsync(ct);
            // The daily stats lose what every touched event counted while the database still holds it as it was, and
            // gain what it counts once rewritten (or nothing, when it is gone): same transaction, never out of step.
            await DailyEventStats.SubtractAsync(db, left, ct);
            await db.Tolls.Where(t => t.ArticleId == id).ExecuteDeleteAsync(ct);
            await db.Claims.Where(c => c.ArticleId == id).ExecuteDeleteAsync(ct);
            await db.EventSources.Where(s => s.ArticleId == id).ExecuteDeleteAsync(ct);
            await db.ArticleLocations.Where(l => l.ArticleId == id).ExecuteDeleteAsync(ct);
            await db.ArticleActors.Where(a => a.ArticleId == id).ExecuteDeleteAsync(ct);
            await db.People.Where(p => p.ArticleId == id).ExecuteDeleteAsync(ct);
            var refresher = new EventRefresher(db);
            // An event this article alone reported waits for the new extraction: the same incident joins it again and keeps its id.
            await refresher.RefreshAsync(left, now, ct, keepSourceless: true);
            db.ChangeTracker.Clear();

            var article = await db.Articles.FirstAsync(a => a.Id == id, ct);
            article.CleanText = extraction.CleanText;
            article.ContentHash = ArticleIngestor.ContentHash(extraction.CleanText);
            article.ExtractorVersion = ExtractionMapper.Clip(extraction.ExtractorVersion, 50)!;
            article.ExtractionJson = System.Text.Json.JsonSerializer.Serialize(extraction, JsonDefaults.Web);
            var pending = await new ExtractionMapper(db).MapAsync(article, extraction, now, ct);
            var joined = pending.Sources.Select(s => s.Event).Distinct()
                .Where(e => db.Entry(e).State != EntityState.Added && !left.Contains(e.Id)).Select(e => e.Id).ToList();
            await DailyEventStats.SubtractAsync(db, joined, ct);
            await db.SaveChangesAsync(ct);
            await pending.WriteAsync(db, article, now, ct);
            // A joined event may now have this article as its first source: its own fields come from it then. Events the
            // article left and did not join again are recomputed or, with no source left, deleted.
            var touched = pending.Sources.Select(s => s.Event.Id).Concat(left).Distinct().ToList();
            await refresher.RefreshAsync(touched, now, ct);
            await DailyEventStats.AddAsync(db, touched, ct);

            await queue.CompleteAsync(item, ItemOutcomes.Reextracted, id, ct);
            await transaction.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        await EventNotices.PublishAsync(db, broadcaster, [id], logger);
        return true;
    }
}
