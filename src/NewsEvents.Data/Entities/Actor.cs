namespace NewsEvents.Data.Entities;

/// <summary>A canonical actor (armed group, state force, organisation...), shared across articles.</summary>
public sealed class Actor
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Type { get; set; }
    public string? Country { get; set; }
    public string? Parent { get; set; }
}

/// <summary>Where one article names an actor.</summary>
public sealed class ArticleActor
{
    public long ArticleId { get; set; }
    public long ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    public required string Text { get; set; }
    public List<Span> Spans { get; set; } = [];
}
