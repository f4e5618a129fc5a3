using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Events;

/// <summary>
/// A date-ordered page of one outlet's events, read from the EventSources indexes (Outlet, EventDate, EventId, ArticleId)
/// or, with a country, (Outlet, Country, EventDate, EventId, ArticleId): the page's sources in order, stopping after the
/// page, then those events by id. An outlet is thousands of articles, so filtering Events probed the sources of every
/// event of the country in date order until a page matched (about 1,400 events an outlet's page at a million events).
/// </summary>
internal static class SourcePages
{
    /// <summary>An actor's page (<see cref="ActorPages"/>) is the narrower range when both are asked for.</summary>
    public static bool Serve(EventFilter filter, EventOrder order, bool includeTotal) =>
        filter.Source is not null && filter.Actor is null && order.Key == "date" && !includeTotal;

    /// <summary>At most <paramref name="take"/> events in <paramref name="order"/>, as <see cref="EventsApi.Project"/> gives them.</summary>
    public static async Task<List<EventSummary>> LoadAsync(NewsEventsDbContext db, EventFilter filter, EventOrder order, PageCursor? cursor,
        int skip, int take, CancellationToken ct)
    {
        var links = db.EventSources.AsNoTracking().Where(s => s.Outlet == filter.Source);
        if (filter.Country is { } country) links = links.Where(s => s.Country == country);
        if (filter.From is { } from) links = links.Where(s => s.EventDate >= from);
        if (filter.To is { } to) links = links.Where(s => s.EventDate <= to);
        // Other filters test the event of each source in page order (a probe by primary key per source).
        if (filter with { Source = null, Country = null, From = null, To = null } is var rest && rest != EventFilter.None)
        {
            var events = rest.Apply(db.Events, db, probeIds: true);
            links = links.Where(s => events.Any(e => e.Id == s.EventId));
        }
        // Two articles of one outlet can report the same event: only the first one's source counts (a primary-key probe).
        links = links.Where(s => !db.EventSources.Any(o => o.EventId == s.EventId && o.Outlet == s.Outlet && o.ArticleId < s.ArticleId));
        return await JoinRowPages.LoadAsync(db, links, s => s.EventDate, s => s.EventId, order, cursor, skip, take, ct);
    }
}
