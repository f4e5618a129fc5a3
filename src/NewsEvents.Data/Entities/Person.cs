namespace NewsEvents.Data.Entities;

/// <summary>A named person in one article.</summary>
public sealed class Person
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public required string Name { get; set; }
    public string? Role { get; set; }
    public string? Affiliation { get; set; }
    public List<Span> Spans { get; set; } = [];
}
