namespace NewsEvents.Api.Events.Stream;

/// <summary>What the event stream sends for one new or updated event (the data of one Server-Sent Event).</summary>
/// <param name="Change">"created" for an event first reported by the article just stored, "updated" for an event that article joined.</param>
/// <param name="Event">The event as GET /api/events lists it.</param>
/// <param name="Latitude">Where the map draws it (as GET /api/events/points); null when it cannot be placed.</param>
/// <param name="Approximate">True when the point stands at the parent region's or country's centre.</param>
public sealed record EventStreamItem(string Change, EventSummary Event, double? Latitude, double? Longitude, bool Approximate);

/// <summary>A stream item with what the stream's filters need beyond the summary (actor names and types, outlets).</summary>
public sealed record EventNotice(EventStreamItem Item, IReadOnlyList<string> Actors, int ActorTypes, IReadOnlyList<string> Sources)
{
    public EventSummary Event => Item.Event;
}
