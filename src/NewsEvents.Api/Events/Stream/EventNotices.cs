using Microsoft.EntityFrameworkCore;
using NewsEvents.Data;

namespace NewsEvents.Api.Events.Stream;

/// <summary>Loads the events that newly committed articles created or joined, and publishes them to the open streams.</summary>
public static class EventNotices
{
    /// <summary>Call after the articles' transaction committed. A failure here is logged, never thrown: the articles are stored.</summary>
    public static async Task PublishAsync(NewsEventsDbContext db, IEventBroadcaster broadcaster, IReadOnlyCollection<long> articleIds, ILogger logger)
    {
        if (articleIds.Count == 0 || !broadcaster.HasSubscribers) return;
        try
        {
            // Not the request's token: the client may be gone, but the articles are stored and the streams should hear of them.
            var notices = await LoadAsync(db, articleIds, CancellationToken.None);
            if (notices.Count > 0) broadcaster.Publish(notices);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not publish the events of {Count} stored articles to the event streams", articleIds.Count);
        }
    }

    public static async Task<List<EventNotice>> LoadAsync(NewsEventsDbContext db, IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        var ids = articleIds.ToList();
        var eventIds = await db.EventSources.Where(s => ids.Contains(s.ArticleId)).Select(s => s.EventId).Distinct().ToListAsync(ct);
        var rows = await db.Events.AsNoTracking().AsSplitQuery().Where(e => eventIds.Contains(e.Id)).OrderBy(e => e.Id)
            .Select(e => new
            {
                Summary = new EventSummary(e.Id, e.Type, e.SubType, e.Date, e.DateEnd, e.DatePrecision, e.LocationName, e.Country, e.Admin1,
                    e.Fatalities, e.Summary, e.Confidence, e.Sources.Count, e.UpdatedAt),
                // Sources are added in ingestion order, so the lowest article id is the one that created the event.
                FirstArticle = e.Sources.Min(s => s.ArticleId),
                Point = new PointRow(e.Id, e.Type, e.Fatalities, e.Location!.Latitude, e.Location.Longitude, e.Location.Parent, e.Country, e.Admin1),
                Actors = e.Actors.Select(a => a.Actor.Name).ToList(),
                e.ActorTypes,
                Sources = e.Sources.Select(s => s.Article.Source).ToList(),
            })
            .ToListAsync(ct);
        var centres = await PlaceCentres.LoadAsync(db, rows.Select(r => r.Point).Where(p => p.Lat is null || p.Lon is null).ToList(), ct);
        return rows.Select(r =>
        {
            var (lat, lon, approximate) = r.Point is { Lat: { } la, Lon: { } lo } ? (la, lo, false)
                : centres.Find(r.Point) is { } c ? (c.Lat, c.Lon, true) : ((double?)null, (double?)null, false);
            var change = ids.Contains(r.FirstArticle) ? "created" : "updated";
            return new EventNotice(new EventStreamItem(change, r.Summary, lat, lon, approximate), r.Actors, r.ActorTypes,
                r.Sources.OfType<string>().ToList());
        }).ToList();
    }
}
