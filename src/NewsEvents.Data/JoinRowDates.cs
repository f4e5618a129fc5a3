using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data;

/// <summary>
/// Keeps the copies on the join rows equal to their originals in the same SaveChanges (and so the same transaction)
/// that adds the link or changes the original: <see cref="EventActor.EventDate"/>, and <see cref="EventSource.EventDate"/>,
/// <see cref="EventSource.Country"/> and <see cref="EventSource.Outlet"/>. A new or changed event's loaded actors get
/// its date; an event whose date (or country) changed has its actors and sources loaded first, and an article whose
/// outlet changed its sources, so that no row keeps an old copy. New sources are written by <see cref="BulkRows"/>,
/// which copies the three values itself.
/// </summary>
internal static class JoinRowDates
{
    public static async Task SyncAsync(ChangeTracker tracker, CancellationToken ct)
    {
        foreach (var entry in Changed(tracker))
        {
            var actors = entry.Collection(e => e.Actors);
            if (!actors.IsLoaded && Moved(entry, e => e.Date)) await actors.LoadAsync(ct);
            var sources = entry.Collection(e => e.Sources);
            if (!sources.IsLoaded && (Moved(entry, e => e.Date) || Moved(entry, e => e.Country))) await sources.LoadAsync(ct);
            Copy(entry.Entity);
        }
        foreach (var entry in Renamed(tracker))
        {
            var sources = entry.Collection(a => a.Events);
            if (!sources.IsLoaded) await sources.LoadAsync(ct);
            foreach (var source in entry.Entity.Events) source.Outlet = entry.Entity.Source;
        }
    }

    public static void Sync(ChangeTracker tracker)
    {
        foreach (var entry in Changed(tracker))
        {
            var actors = entry.Collection(e => e.Actors);
            if (!actors.IsLoaded && Moved(entry, e => e.Date)) actors.Load();
            var sources = entry.Collection(e => e.Sources);
            if (!sources.IsLoaded && (Moved(entry, e => e.Date) || Moved(entry, e => e.Country))) sources.Load();
            Copy(entry.Entity);
        }
        foreach (var entry in Renamed(tracker))
        {
            var sources = entry.Collection(a => a.Events);
            if (!sources.IsLoaded) sources.Load();
            foreach (var source in entry.Entity.Events) source.Outlet = entry.Entity.Source;
        }
    }

    private static bool Moved<T>(EntityEntry<Event> entry, System.Linq.Expressions.Expression<Func<Event, T>> property) =>
        entry.State == EntityState.Modified && entry.Property(property).IsModified;

    private static void Copy(Event evt)
    {
        foreach (var link in evt.Actors) link.EventDate = evt.Date;
        foreach (var source in evt.Sources) (source.EventDate, source.Country) = (evt.Date, evt.Country);
    }

    // an unchanged event may still have gained a link (a merge that adds an actor and nothing else): its loaded links
    // get its date too, which changes nothing for the links that have it already
    private static List<EntityEntry<Event>> Changed(ChangeTracker tracker) =>
        tracker.Entries<Event>().Where(e => e.State is EntityState.Added or EntityState.Modified
            || e.State == EntityState.Unchanged && (e.Entity.Actors.Count > 0 || e.Entity.Sources.Count > 0)).ToList();

    private static List<EntityEntry<Article>> Renamed(ChangeTracker tracker) =>
        tracker.Entries<Article>().Where(a => a.State == EntityState.Modified && a.Property(x => x.Source).IsModified).ToList();
}
