using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Data.Entities;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Articles;

/// <summary>
/// Recomputes merged events from the sources they have left, after re-extraction took an article's contribution out
/// (or put a new one in), with the rules ingestion uses: the event's own fields come from its first source (lowest
/// article id, the article that would have created it), its figure is <see cref="ExtractionMapper.MergedFatalities"/>
/// over every source, its actors the union of theirs. Each source's part is read back from that article's stored
/// extraction: the event with the source's span, and the article's other events that are the same incident.
/// An event left with no source is deleted (its actors and sources go with it), or kept for now with
/// <c>keepSourceless</c>, so that the article's new extraction can join it again and the event keeps its id.
/// </summary>
public sealed class EventRefresher(NewsEventsDbContext db)
{
    public async Task RefreshAsync(IEnumerable<long> eventIds, DateTime now, CancellationToken ct, bool keepSourceless = false)
    {
        foreach (var id in eventIds.Distinct().Order())
        {
            var sources = await db.EventSources.AsNoTracking().Where(s => s.EventId == id).OrderBy(s => s.ArticleId)
                .Select(s => new { s.ArticleId, s.SpanStart, s.SpanEnd, s.Article.ExtractionJson }).ToListAsync(ct);
            if (sources.Count == 0)
            {
                if (keepSourceless) continue;
                // Nothing newer is left behind by a delete: the counter tells cached readers (EventsVersion).
                var deleted = await db.Events.Where(e => e.Id == id).ExecuteDeleteAsync(ct);
                if (deleted > 0) await EventsVersion.RaiseDeletedAsync(db, deleted, ct);
                continue;
            }
            var evt = await db.Events.Include(e => e.Location).Include(e => e.Actors).ThenInclude(a => a.Actor).FirstAsync(e => e.Id == id, ct);
            var articleIds = sources.Select(s => s.ArticleId).ToList();
            // An article's event that is the primary of another stored event went there, not here.
            var elsewhere = (await db.EventSources.AsNoTracking().Where(s => articleIds.Contains(s.ArticleId) && s.EventId != id)
                .Select(s => new { s.ArticleId, s.SpanStart, s.SpanEnd }).ToListAsync(ct)).Select(s => (s.ArticleId, s.SpanStart, s.SpanEnd)).ToHashSet();

            var parts = new List<EventResult>();
            EventResult? first = null;
            foreach (var source in sources)
            {
                var extraction = JsonSerializer.Deserialize<ExtractionResult>(source.ExtractionJson, JsonDefaults.Web)!;
                var primary = extraction.Events.FirstOrDefault(e => e.Span.Start == source.SpanStart && e.Span.End == source.SpanEnd);
                if (primary is null) continue;
                first ??= primary;
                parts.Add(primary);
                parts.AddRange(extraction.Events.Where(e => !ReferenceEquals(e, primary) && !elsewhere.Contains((source.ArticleId, e.Span.Start, e.Span.End))
                    && SameIncident(e, evt, first)));
            }
            if (first is null) continue; // no stored extraction explains the event: leave it as it is

            (evt.Type, evt.SubType, evt.Date, evt.DateEnd, evt.DatePrecision) =
                (ExtractionMapper.Clip(first.Type, 60)!, ExtractionMapper.Clip(first.SubType, 80)!, first.Date, first.DateEnd, ExtractionMapper.Clip(first.DatePrecision, 20)!);
            (evt.Summary, evt.Confidence, evt.UpdatedAt) = (ExtractionMapper.Clip(first.Summary, 2000)!, first.Confidence, now);
            evt.Fatalities = parts.Aggregate((int?)null, (merged, p) => p.Fatalities is { } killed ? ExtractionMapper.MergedFatalities(merged, killed) : merged);
            await ReplaceActorsAsync(evt, parts, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task ReplaceActorsAsync(Event evt, List<EventResult> parts, CancellationToken ct)
    {
        var wanted = parts.SelectMany(p => p.Actors).Select(a => (Name: ExtractionMapper.Clip(a.Name, 200)!, a.Role)).Distinct().ToList();
        var names = wanted.Select(w => w.Name).Distinct().ToList();
        var actors = await db.Actors.Where(a => names.Contains(a.Name)).ToDictionaryAsync(a => a.Name, ct);
        evt.Actors.RemoveAll(a => !wanted.Contains((a.Actor.Name, a.Role)));
        foreach (var (name, role) in wanted)
            if (actors.TryGetValue(name, out var actor) && !evt.Actors.Any(a => a.Actor == actor && a.Role == role))
                evt.Actors.Add(new Data.Entities.EventActor { Actor = actor, Role = role });
        evt.ActorTypes = evt.Actors.Aggregate(0, (bits, a) => bits | ActorTypeMask.Bit(a.Actor.Type));
    }

    // Ingestion's rule (ExtractionMapper.SameIncident): same type and place, dates at most a day apart.
    private static bool SameIncident(EventResult found, Event evt, EventResult first) =>
        found.Type == first.Type && found.Date is { } date && first.Date is { } anchor && Math.Abs(date.DayNumber - anchor.DayNumber) <= 1
        && found.Location is { } place && evt.Location is { } stored && ExtractionMapper.LocationKey(place) == stored.Key;
}
