namespace NewsEvents.Data.Entities;

/// <summary>
/// One incident. Several articles may report it (see <see cref="Sources"/>); location fields are copied from
/// <see cref="Location"/> so that dashboard filters hit one table and its indexes.
/// </summary>
public sealed class Event
{
    public long Id { get; set; }
    public required string Type { get; set; }
    public required string SubType { get; set; }
    public DateOnly? Date { get; set; }
    public DateOnly? DateEnd { get; set; }
    public required string DatePrecision { get; set; }
    public long? LocationId { get; set; }
    public Location? Location { get; set; }
    public string? LocationName { get; set; }
    public string? Country { get; set; }
    public string? Admin1 { get; set; }
    /// <summary>The lowest figure among the reporting articles (ACLED's conservative rule); each article's own figure is on its <see cref="EventSource"/>.</summary>
    public int? Fatalities { get; set; }
    public required string Summary { get; set; }
    public double Confidence { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>When the event last changed: created, a new source joined, or its figures changed (sync clients pull by it).</summary>
    public DateTime UpdatedAt { get; set; }
    /// <summary>The types of the event's actors as <see cref="ActorTypeMask"/> bits; kept in step with <see cref="Actors"/>.</summary>
    public int ActorTypes { get; set; }

    public List<EventSource> Sources { get; set; } = [];
    public List<EventActor> Actors { get; set; } = [];
    public List<Toll> Tolls { get; set; } = [];
    public List<Claim> Claims { get; set; } = [];
}

/// <summary>One article's report of an event, with that article's own figure and wording.</summary>
public sealed class EventSource
{
    public long EventId { get; set; }
    public Event Event { get; set; } = null!;
    public long ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int? Fatalities { get; set; }
    public required string Summary { get; set; }
    public double Confidence { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }
    /// <summary>A copy of the article's <see cref="Article.Source"/>, so that one outlet's events are an index range in date order without a join to every article of the outlet; written with the row.</summary>
    public string? Outlet { get; set; }
    /// <summary>A copy of the event's <see cref="Event.Country"/>, for the same range narrowed to a country.</summary>
    public string? Country { get; set; }
    /// <summary>A copy of the event's <see cref="Event.Date"/>; kept equal by <c>NewsEventsDbContext.SaveChanges</c> when the date changes.</summary>
    public DateOnly? EventDate { get; set; }
}

/// <summary>An actor's part in an event: actor1 (initiator), actor2 (target), associated.</summary>
public sealed class EventActor
{
    public long EventId { get; set; }
    public long ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    public required string Role { get; set; }
    /// <summary>A copy of the event's <see cref="Event.Date"/>, so that one actor's events are an index range in date order; kept equal by <c>NewsEventsDbContext.SaveChanges</c>.</summary>
    public DateOnly? EventDate { get; set; }
}
