using NewsEvents.Extraction;

namespace NewsEvents.Api.Articles;

/// <summary>A stored article and the events it created or joined. <c>cleanText</c> and <c>extraction</c> are included where the endpoint says so.</summary>
public sealed record ArticleResponse(
    long Id,
    string? Url,
    string? Source,
    string? Title,
    DateOnly? PublishedAt,
    string? Language,
    string ContentHash,
    string ExtractorVersion,
    DateTime CreatedAt,
    string? CleanText = null,
    ExtractionResult? Extraction = null,
    IReadOnlyList<ArticleEventLink>? Events = null);

/// <summary>An article in a list.</summary>
public sealed record ArticleSummary(long Id, string? Url, string? Source, string? Title, DateOnly? PublishedAt, string? Language, DateTime CreatedAt, int EventCount);

/// <summary>A batch of articles to ingest (at most 500).</summary>
public sealed record BatchRequest
{
    /// <summary>The articles; each is validated and stored on its own.</summary>
    public List<ArticleRequest>? Items { get; init; }
}

/// <summary>What happened to one item of a batch: created, duplicate, invalid (with its field errors) or failed (extraction timed out; nothing stored), and the events a created or duplicate article created or joined.</summary>
public sealed record BatchItemResult(int Index, string Status, long? Id, IDictionary<string, string[]>? Errors, IReadOnlyList<ArticleEventLink>? Events = null);

/// <summary>Per-item results, in request order, with counts.</summary>
public sealed record BatchResponse(int Created, int Duplicates, int Invalid, int Failed, IReadOnlyList<BatchItemResult> Items);
