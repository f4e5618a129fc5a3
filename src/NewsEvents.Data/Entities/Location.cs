namespace NewsEvents.Data.Entities;

/// <summary>A place, shared by every article and event that names it.</summary>
public sealed class Location
{
    public long Id { get; set; }
    /// <summary>"g:{geonameId}" when the gazetteer resolved it, else "n:{country}:{lower-case name}": the identity used to share rows.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Country { get; set; }
    public string? Admin1 { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public int? GeonameId { get; set; }
    public required string Precision { get; set; }
    public string? Kind { get; set; }
    public string? Parent { get; set; }
}

/// <summary>Where one article names a place.</summary>
public sealed class ArticleLocation
{
    public long ArticleId { get; set; }
    public long LocationId { get; set; }
    public Location Location { get; set; } = null!;
    public required string Text { get; set; }
    public List<Span> Spans { get; set; } = [];
}
