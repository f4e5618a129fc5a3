namespace NewsEvents.Data.Entities;

/// <summary>Who said what, in one article.</summary>
public sealed class Claim
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public long? EventId { get; set; }
    public required string Speaker { get; set; }
    public string? SpeakerActor { get; set; }
    public required string Verb { get; set; }
    public required string Stance { get; set; }
    public bool Direct { get; set; }
    public required string Text { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }
}
