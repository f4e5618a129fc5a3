using NewsEvents.Api.Articles;

namespace NewsEvents.Api.Jobs;

/// <summary>A queued job: an asynchronous ingestion or a re-extraction.</summary>
/// <param name="Status">queued (nothing started), running, done (every item finished, some may have failed) or failed (every item failed or was invalid).</param>
/// <param name="Items">Per-item results in request order, one page of them (page/size).</param>
public sealed record JobResponse(long Id, string Kind, string Status, DateTime CreatedAt, int Total, JobCounts Counts,
    IReadOnlyList<JobItemResponse> Items, int Page, int Size);

/// <summary>Items by state, and the finished ones by outcome.</summary>
public sealed record JobCounts(int Queued, int Running, int Done, int Failed, int Created, int Duplicates, int Invalid, int Reextracted);

/// <summary>One item: its state, and once finished its outcome (created, duplicate, invalid, reextracted or failed), the article, its events, the last error.</summary>
/// <param name="Errors">Field errors of an invalid batch item (nothing stored for it).</param>
public sealed record JobItemResponse(int Index, string Status, string? Outcome, long? ArticleId, int Attempts, string? Error,
    IDictionary<string, string[]>? Errors, IReadOnlyList<ArticleEventLink>? Events);
