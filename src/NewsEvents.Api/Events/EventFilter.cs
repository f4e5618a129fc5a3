using Microsoft.AspNetCore.Mvc;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Events;

/// <summary>The event filters, as they arrive in the query string (parsed by <see cref="EventFilter.Parse"/>); shared by the list, the exports and the stats.</summary>
/// <param name="From">Earliest event date, yyyy-MM-dd.</param>
/// <param name="To">Latest event date, yyyy-MM-dd.</param>
/// <param name="UpdatedSince">Only events created or changed (a new source, new figures) at or after this instant, ISO 8601 (e.g. 2025-03-03T14:30:00Z; no offset means UTC).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the event's place.</param>
/// <param name="Admin1">First-level administrative division (province, governorate, state).</param>
/// <param name="Location">The event's place name, exactly as GET /api/locations lists it.</param>
/// <param name="Actor">An actor's canonical name, exactly as GET /api/actors lists it.</param>
/// <param name="ActorType">The type of one of the event's actors.</param>
/// <param name="Type">ACLED event type.</param>
/// <param name="MinFatalities">Only events with at least this many fatalities.</param>
/// <param name="Source">The outlet of at least one reporting article.</param>
/// <param name="Q">Text in the event summary (case-insensitive).</param>
// Explicit lower-camel names so Swagger shows the names clients send (binding itself ignores case).
public sealed record EventQuery(
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "updatedSince")] string? UpdatedSince,
    [FromQuery(Name = "country")] string? Country,
    [FromQuery(Name = "admin1")] string? Admin1,
    [FromQuery(Name = "location")] string? Location,
    [FromQuery(Name = "actor")] string? Actor,
    [FromQuery(Name = "actorType")] string? ActorType,
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "minFatalities")] string? MinFatalities,
    [FromQuery(Name = "source")] string? Source,
    [FromQuery(Name = "q")] string? Q);

public sealed record EventFilter(
    DateOnly? From, DateOnly? To, DateTime? UpdatedSince, string? Country, string? Admin1, string? Location, string? Actor, string? ActorType,
    string? Type, int? MinFatalities, string? Source, string? Q)
{
    /// <summary>No filter at all: what a page reader compares the filters it has not served itself with.</summary>
    public static readonly EventFilter None = new(null, null, null, null, null, null, null, null, null, null, null, null);

    /// <summary>Null when a value is bad; the reader then holds the field errors.</summary>
    public static EventFilter? Parse(EventQuery q, QueryReader reader)
    {
        var from = reader.Date("from", q.From);
        var to = reader.Date("to", q.To);
        if (from > to) reader.Fail("to", "'to' is before 'from'.");
        var filter = new EventFilter(from, to, reader.Instant("updatedSince", q.UpdatedSince), reader.Country("country", q.Country),
            QueryReader.Text(q.Admin1), QueryReader.Text(q.Location), QueryReader.Text(q.Actor), QueryReader.Text(q.ActorType), QueryReader.Text(q.Type),
            reader.Int("minFatalities", q.MinFatalities, 0, int.MaxValue), QueryReader.Text(q.Source), QueryReader.Text(q.Q));
        return reader.IsValid ? filter : null;
    }

    /// <remarks>
    /// The actor and source filters are written as "Id IN (subquery)" when every match is read (counts, stats, exports),
    /// so the database evaluates the subquery once from its index instead of probing it for every event in the date
    /// range. With <paramref name="probeIds"/> (a page without a count) they are a correlated EXISTS instead: the scan
    /// along the sort's index probes the covering (EventId, ...) key per row and stops once the page is full, where the
    /// id list of an outlet (40,000 events of a million) cost more to build than the whole page. The outlet is read from
    /// the source row's copy (<see cref="EventSource.Outlet"/>), not through a join to Articles.
    /// </remarks>
    public IQueryable<Event> Apply(IQueryable<Event> events, NewsEventsDbContext db, bool probeIds = false)
    {
        if (From is { } from) events = events.Where(e => e.Date >= from);
        if (To is { } to) events = events.Where(e => e.Date <= to);
        if (UpdatedSince is { } since) events = events.Where(e => e.UpdatedAt >= since);
        if (Country is { } country) events = events.Where(e => e.Country == country);
        if (Admin1 is { } admin1) events = events.Where(e => e.Admin1 == admin1);
        if (Location is { } location) events = events.Where(e => e.LocationName == location);
        if (Type is { } type) events = events.Where(e => e.Type == type);
        if (MinFatalities is { } min) events = events.Where(e => e.Fatalities >= min);
        // Most selective first: SQLite drives the lookup from the first id list.
        if (Source is { } source)
            events = probeIds ? events.Where(e => e.Sources.Any(s => s.Outlet == source))
                : events.Where(e => db.EventSources.Where(s => s.Outlet == source).Select(s => s.EventId).Contains(e.Id));
        if (Actor is { } actor)
            events = probeIds ? events.Where(e => e.Actors.Any(a => a.Actor.Name == actor))
                : events.Where(e => db.EventActors.Where(a => a.Actor.Name == actor).Select(a => a.EventId).Contains(e.Id));
        // An actor type matches a large share of all events: a per-event EXISTS beats building that whole id list.
        if (ActorType is { } actorType)
        {
            var bit = ActorTypeMask.Bit(actorType);
            events = events.Where(e => (e.ActorTypes & bit) != 0);
        }
        if (Q is { } q)
        {
            var lowered = q.ToLower();
            events = events.Where(e => e.Summary.ToLower().Contains(lowered));
        }
        return events;
    }
}
