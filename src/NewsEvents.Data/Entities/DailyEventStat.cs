namespace NewsEvents.Data.Entities;

/// <summary>
/// Events and fatalities of one day for one (country, admin1, type, actor type), kept current by the ingestion in the
/// same transaction as the events (<see cref="DailyEventStats"/>), so that the timeline and GET /api/stats/events add
/// up a few rows per day instead of every event with its sources. Each event counts at three levels: the world's row
/// (country and admin1 <see cref="All"/>), its country's (admin1 <see cref="All"/>) and its admin1's; and at each, in
/// the row for all actor types (0) and in one row per actor-type bit it has.
/// </summary>
public sealed class DailyEventStat
{
    /// <summary>The Country or Admin1 of rows that count every country or admin1 (no code or gazetteer name is "*").</summary>
    public const string All = "*";

    /// <summary>The Day of undated events (the key cannot be null).</summary>
    public static readonly DateOnly Undated = DateOnly.MinValue;

    public DateOnly Day { get; set; }
    /// <summary><see cref="All"/>, or the event's country ("" when it has none).</summary>
    public required string Country { get; set; }
    /// <summary><see cref="All"/>, or the event's admin1 ("" when it has none).</summary>
    public required string Admin1 { get; set; }
    public required string Type { get; set; }
    /// <summary>0 for every event, otherwise one <see cref="ActorTypeMask"/> bit.</summary>
    public int ActorType { get; set; }
    public int Events { get; set; }
    public int Fatalities { get; set; }
    public int FatalitiesLow { get; set; }
    public int FatalitiesHigh { get; set; }
}
