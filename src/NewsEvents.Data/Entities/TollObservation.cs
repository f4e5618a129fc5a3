namespace NewsEvents.Data.Entities;

/// <summary>
/// One figure of an event as one extraction of one article gave it: the toll timeline ("12 -> 27 -> 40+"). Rows are
/// appended at ingestion and at every re-extraction and never updated, so an event's history survives the engine
/// replacing the article's current <see cref="Toll"/> rows. They go with their event when it is deleted.
/// </summary>
public sealed class TollObservation
{
    public long Id { get; set; }
    public long EventId { get; set; }
    public long ArticleId { get; set; }
    /// <summary>The article's source (outlet) when it was observed, so the history reads without a join.</summary>
    public string? Source { get; set; }
    public required string ExtractorVersion { get; set; }
    public required string Kind { get; set; }
    public int? Min { get; set; }
    public int? Max { get; set; }
    public int? Best { get; set; }
    public string? Qualifier { get; set; }
    public DateTime ObservedAt { get; set; }
}
