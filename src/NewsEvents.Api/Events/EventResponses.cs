namespace NewsEvents.Api.Events;

/// <summary>An event in a list.</summary>
public sealed record EventSummary(
    long Id, string Type, string SubType, DateOnly? Date, DateOnly? DateEnd, string DatePrecision,
    string? Location, string? Country, string? Admin1, int? Fatalities, string Summary, double Confidence, int SourceCount, DateTime UpdatedAt);

/// <summary>One event with everything known about it.</summary>
public sealed record EventDetail(
    long Id, string Type, string SubType, DateOnly? Date, DateOnly? DateEnd, string DatePrecision, int? Fatalities, string Summary, double Confidence,
    DateTime UpdatedAt, EventLocation? Location, IReadOnlyList<EventActorItem> Actors, IReadOnlyList<EventTollItem> Tolls,
    IReadOnlyList<EventClaimItem> Claims, IReadOnlyList<EventArticleItem> Articles, int ArticleCount, int ArticlesPage, int ArticlesSize);

public sealed record EventLocation(long Id, string Name, string? Country, string? Admin1, double? Latitude, double? Longitude, int? GeonameId, string Precision);

public sealed record EventActorItem(long Id, string Name, string Type, string Role);

/// <summary>A toll as one article reports it (tolls from different articles are kept side by side).</summary>
public sealed record EventTollItem(long Id, long ArticleId, string Kind, int? Min, int? Max, int? Best, string? Qualifier, string? Vague, string? Victims, string? AttributedTo, int[] Span);

public sealed record EventClaimItem(long Id, long ArticleId, string Speaker, string? SpeakerActor, string Verb, string Stance, bool Direct, string Text, int[] Span);

/// <summary>An article that reports the event, with its own figure and wording.</summary>
public sealed record EventArticleItem(long Id, string? Url, string? Source, string? Title, DateOnly? PublishedAt, int? Fatalities, string Summary, int[] Span);

/// <summary>An event's toll timeline: every figure any extraction of any of its articles gave it, oldest first, one page of them.</summary>
public sealed record EventTimeline(long EventId, IReadOnlyList<TimelineItem> Items, int Total, int Page, int Size)
{
    public const int DefaultSize = 500;
    public const int MaxSize = 1000;
}

/// <summary>One figure as one article's extraction by one engine version gave it, and when it was stored.</summary>
public sealed record TimelineItem(long ArticleId, string? Source, string ExtractorVersion, string Kind, int? Min, int? Max, int? Best, string? Qualifier, DateTime ObservedAt);
