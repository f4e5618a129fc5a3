using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> evt)
    {
        evt.Property(e => e.Type).HasMaxLength(60);
        evt.Property(e => e.SubType).HasMaxLength(80);
        evt.Property(e => e.DatePrecision).HasMaxLength(20);
        evt.Property(e => e.LocationName).HasMaxLength(200);
        evt.Property(e => e.Country).HasMaxLength(2);
        evt.Property(e => e.Admin1).HasMaxLength(200);
        evt.Property(e => e.Summary).HasMaxLength(2000);

        evt.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        evt.HasMany(e => e.Tolls).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.SetNull);
        evt.HasMany(e => e.Claims).WithOne().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.SetNull);

        // One index per dashboard filter, each ending in Date because date is the default sort and the usual range.
        evt.HasIndex(e => new { e.Date, e.Id });
        // One country's events newest first with exactly what the map points read (an index-only range, no row or place
        // per point) and ActorTypes, so that the actor-type test reads the index, not the row. A second index for the
        // points beside (Country, Date, ActorTypes) took the outlet shape's plan on SQLite and doubled its time.
        evt.HasIndex(e => new { e.Country, e.Date, e.Id, e.ActorTypes, e.LocationId, e.Fatalities, e.Type });
        // Country and type together is the most common dashboard pair; either alone matches too many rows.
        evt.HasIndex(e => new { e.Country, e.Type, e.Date });
        evt.HasIndex(e => new { e.Admin1, e.Date });
        evt.HasIndex(e => new { e.LocationName, e.Date });
        evt.HasIndex(e => new { e.Type, e.Date });
        evt.HasIndex(e => new { e.Fatalities, e.Id });
        // The most deadly events of a country and type: the sort=fatalities page reads the index in order and stops
        // after a page, where (Country, Type, Date) sorted every battle of the country first.
        evt.HasIndex(e => new { e.Country, e.Type, e.Fatalities, e.Id });
        // updatedSince and sort=updated (incremental pulls, keyset-paged by id).
        evt.HasIndex(e => new { e.UpdatedAt, e.Id });
        // Event merging looks up (type, location, date +-1 day).
        evt.HasIndex(e => new { e.LocationId, e.Type, e.Date });
    }
}

internal sealed class EventSourceConfiguration : IEntityTypeConfiguration<EventSource>
{
    public void Configure(EntityTypeBuilder<EventSource> source)
    {
        source.HasKey(s => new { s.EventId, s.ArticleId });
        source.Property(s => s.Summary).HasMaxLength(2000);
        source.HasOne(s => s.Event).WithMany(e => e.Sources).HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        source.Property(s => s.Outlet).HasMaxLength(200);
        source.Property(s => s.Country).HasMaxLength(2);
        source.HasIndex(s => new { s.ArticleId, s.EventId });
        // One outlet's page (alone or in one country) is an index range read in (date, id) order that stops after the
        // page: an outlet is thousands of articles, so through Articles.Source every event in the range was probed. The
        // article id ends the key so that skipping a second article of the same outlet reads no row.
        source.HasIndex(s => new { s.Outlet, s.EventDate, s.EventId, s.ArticleId });
        source.HasIndex(s => new { s.Outlet, s.Country, s.EventDate, s.EventId, s.ArticleId });
    }
}

internal sealed class EventActorConfiguration : IEntityTypeConfiguration<EventActor>
{
    public void Configure(EntityTypeBuilder<EventActor> link)
    {
        link.HasKey(l => new { l.EventId, l.ActorId, l.Role });
        link.Property(l => l.Role).HasMaxLength(20);
        link.HasOne<Event>().WithMany(e => e.Actors).HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne(l => l.Actor).WithMany().HasForeignKey(l => l.ActorId).OnDelete(DeleteBehavior.Restrict);
        // One actor's page is an index range read in (date, id) order that stops after the page, instead of every event
        // of the actor fetched and sorted; the id lists of counts and stats still read event ids from the index alone.
        // Role ends the key so that skipping an actor's second role in an event reads no row (PostgreSQL fetched each
        // link's heap tuple for it).
        link.HasIndex(l => new { l.ActorId, l.EventDate, l.EventId, l.Role });
    }
}
