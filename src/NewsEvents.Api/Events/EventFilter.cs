using Microsoft.AspNetCore.Mvc;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Events;

/// <summary>The dashboard filters of GET /api/events, as they arrive in the query string (parsed by <see cref="EventFilter.Parse"/>).</summary>
/// <param name="From">Earliest event date, yyyy-MM-dd.</param>
/// <param name="To">Latest event date, yyyy-MM-dd.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the event's place.</param>
/// <param name="Admin1">First-level administrative division (province, governorate, state).</param>
/// <param name="Location">The event's place name, exactly as GET /api/locations lists it.</param>
/// <param name="Actor">An actor's canonical name, exactly as GET /api/actors lists it.</param>
/// <param name="ActorType">state_forces, rebel_group, political_militia, civilians...</param>
/// <param name="Type">ACLED event type, e.g. "Battles" or "Explosions/Remote violence".</param>
/// <param name="MinFatalities">Only events with at least this many fatalities.</param>
/// <param name="Source">The outlet of at least one reporting article.</param>
/// <param name="Q">Text in the event summary (case-insensitive).</param>
/// <param name="Sort">date (default) or fatalities, optionally with -asc or -desc (default desc): "date-asc", "fatalities".</param>
/// <param name="Page">Page number from 1.</param>
/// <param name="Size">Page size, 1 to 500 (default 50).</param>
// Explicit lower-camel names so Swagger shows the names clients send (binding itself ignores case).
public sealed record EventQuery(
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "country")] string? Country,
    [FromQuery(Name = "admin1")] string? Admin1,
    [FromQuery(Name = "location")] string? Location,
    [FromQuery(Name = "actor")] string? Actor,
    [FromQuery(Name = "actorType")] string? ActorType,
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "minFatalities")] string? MinFatalities,
    [FromQuery(Name = "source")] string? Source,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "size")] string? Size);

public sealed record EventFilter(
    DateOnly? From, DateOnly? To, string? Country, string? Admin1, string? Location, string? Actor, string? ActorType,
    string? Type, int? MinFatalities, string? Source, string? Q, string Sort, bool Descending, int Page, int Size)
{
    private static readonly string[] Sorts = ["date", "date-desc", "date-asc", "fatalities", "fatalities-desc", "fatalities-asc"];

    public static EventFilter? Parse(EventQuery q, QueryReader reader)
    {
        var from = reader.Date("from", q.From);
        var to = reader.Date("to", q.To);
        if (from > to) reader.Fail("to", "'to' is before 'from'.");
        var sort = reader.OneOf("sort", q.Sort, Sorts) ?? "date";
        var (page, size) = reader.Paging(q.Page, q.Size);
        var filter = new EventFilter(from, to, reader.Country("country", q.Country), QueryReader.Text(q.Admin1), QueryReader.Text(q.Location),
            QueryReader.Text(q.Actor), QueryReader.Text(q.ActorType), QueryReader.Text(q.Type), reader.Int("minFatalities", q.MinFatalities, 0, int.MaxValue),
            QueryReader.Text(q.Source), QueryReader.Text(q.Q), sort.StartsWith("fatalities") ? "fatalities" : "date", !sort.EndsWith("-asc"), page, size);
        return reader.IsValid ? filter : null;
    }

    /// <remarks>
    /// The actor and source filters are written as "Id IN (subquery)" rather than a correlated EXISTS, so the database
    /// evaluates the small subquery once from its index instead of probing it for every event in the date range.
    /// </remarks>
    public IQueryable<Event> Apply(IQueryable<Event> events, NewsEventsDbContext db)
    {
        if (From is { } from) events = events.Where(e => e.Date >= from);
        if (To is { } to) events = events.Where(e => e.Date <= to);
        if (Country is { } country) events = events.Where(e => e.Country == country);
        if (Admin1 is { } admin1) events = events.Where(e => e.Admin1 == admin1);
        if (Location is { } location) events = events.Where(e => e.LocationName == location);
        if (Type is { } type) events = events.Where(e => e.Type == type);
        if (MinFatalities is { } min) events = events.Where(e => e.Fatalities >= min);
        // Most selective first: SQLite drives the lookup from the first id list.
        if (Source is { } source) events = events.Where(e => db.EventSources.Where(s => s.Article.Source == source).Select(s => s.EventId).Contains(e.Id));
        if (Actor is { } actor) events = events.Where(e => db.EventActors.Where(a => a.Actor.Name == actor).Select(a => a.EventId).Contains(e.Id));
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

    /// <summary>Id breaks ties so that pages never overlap or skip.</summary>
    public IQueryable<Event> Order(IQueryable<Event> events) => (Sort, Descending) switch
    {
        ("fatalities", true) => events.OrderByDescending(e => e.Fatalities).ThenByDescending(e => e.Id),
        ("fatalities", false) => events.OrderBy(e => e.Fatalities).ThenBy(e => e.Id),
        (_, true) => events.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id),
        _ => events.OrderBy(e => e.Date).ThenBy(e => e.Id),
    };
}
