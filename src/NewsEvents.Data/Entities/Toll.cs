namespace NewsEvents.Data.Entities;

/// <summary>One casualty or harm figure as one article reports it. Tolls from different articles stay side by side, never averaged.</summary>
public sealed class Toll
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    /// <summary>The event this toll belongs to, when the engine attached it to one.</summary>
    public long? EventId { get; set; }
    public required string Kind { get; set; }
    public int? Min { get; set; }
    public int? Max { get; set; }
    public int? Best { get; set; }
    public string? Qualifier { get; set; }
    public string? Vague { get; set; }
    public string? Victims { get; set; }
    public string? AttributedTo { get; set; }
    public DateOnly? Date { get; set; }
    public DateOnly? DateEnd { get; set; }
    public string? Location { get; set; }
    public string? Side { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }
    /// <summary>Sub-groups ("including eight children"), kept as JSON: they are read with their toll, never filtered on.</summary>
    public string? IncludesJson { get; set; }
}
