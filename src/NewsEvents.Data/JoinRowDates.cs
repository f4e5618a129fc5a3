using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data;

/// <summary>
/// Keeps <see cref="EventActor.EventDate"/> equal to its event's date in the same SaveChanges (and so the same
/// transaction) that adds the link or moves the event: a new or changed event's loaded actors get its date, and an event
/// whose date changed has its actors loaded first, so that no link keeps an old date.
/// </summary>
internal static class JoinRowDates
{
    public static async Task SyncAsync(ChangeTracker tracker, CancellationToken ct)
    {
        foreach (var entry in Changed(tracker))
        {
            var actors = entry.Collection(e => e.Actors);
            if (!actors.IsLoaded && entry.State == EntityState.Modified && entry.Property(e => e.Date).IsModified) await actors.LoadAsync(ct);
            foreach (var link in entry.Entity.Actors) link.EventDate = entry.Entity.Date;
        }
    }

    public static void Sync(ChangeTracker tracker)
    {
        foreach (var entry in Changed(tracker))
        {
            var actors = entry.Collection(e => e.Actors);
            if (!actors.IsLoaded && entry.State == EntityState.Modified && entry.Property(e => e.Date).IsModified) actors.Load();
            foreach (var link in entry.Entity.Actors) link.EventDate = entry.Entity.Date;
        }
    }

    // an unchanged event may still have gained a link (a merge that adds an actor and nothing else): its loaded links
    // get its date too, which changes nothing for the links that have it already
    private static List<EntityEntry<Event>> Changed(ChangeTracker tracker) =>
        tracker.Entries<Event>().Where(e => e.State is EntityState.Added or EntityState.Modified
            || e.State == EntityState.Unchanged && e.Entity.Actors.Count > 0).ToList();
}
