namespace NewsEvents.Data.Entities;

/// <summary>One ingested article: what was posted, what it became after cleaning, and what was extracted from it.</summary>
public sealed class Article
{
    public long Id { get; set; }
    public string? Url { get; set; }
    public string? Source { get; set; }
    public string? Title { get; set; }
    public DateOnly? PublishedAt { get; set; }
    public string? Language { get; set; }
    public required string Content { get; set; }
    public required string CleanText { get; set; }
    /// <summary>SHA-256 of the cleaned text (hex); unique, so the same text posted twice is found whatever its URL.</summary>
    public required string ContentHash { get; set; }
    public required string ExtractorVersion { get; set; }
    /// <summary>The extraction exactly as the engine returned it, so that GET .../extraction round-trips every field.</summary>
    public required string ExtractionJson { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<ArticleLocation> Locations { get; set; } = [];
    public List<ArticleActor> Actors { get; set; } = [];
    public List<Person> People { get; set; } = [];
    public List<Toll> Tolls { get; set; } = [];
    public List<Claim> Claims { get; set; } = [];
    public List<EventSource> Events { get; set; } = [];
}
