using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Events;

/// <summary>
/// The end that <see cref="ActorPages"/> and <see cref="SourcePages"/> share: join rows already narrowed to one actor or
/// outlet, read in (event date, event id) order from the cursor on, stopping after the page, then those events by id.
/// </summary>
internal static class JoinRowPages
{
    public static async Task<List<EventSummary>> LoadAsync<TRow>(NewsEventsDbContext db, IQueryable<TRow> links,
        Expression<Func<TRow, DateOnly?>> date, Expression<Func<TRow, long>> eventId, EventOrder order, PageCursor? cursor,
        int skip, int take, CancellationToken ct)
    {
        if (cursor is not null)
            links = links.After(date, eventId, cursor.Key is null ? null : DateOnly.ParseExact(cursor.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                cursor.Id, order.Descending, EventOrder.NullsSortLow(db));
        links = order.Descending ? links.OrderByDescending(date).ThenByDescending(eventId) : links.OrderBy(date).ThenBy(eventId);
        var ids = await links.Skip(skip).Take(take).Select(eventId).ToListAsync(ct);
        if (ids.Count == 0) return [];

        var rows = await EventsApi.Project(db.Events.AsNoTracking().Where(e => ids.Contains(e.Id))).ToDictionaryAsync(e => e.Id, ct);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }
}
