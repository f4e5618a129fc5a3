namespace NewsEvents.Data.Entities;

/// <summary>
/// A unit of queued work a client can follow at GET /api/jobs/{id}: an asynchronous ingestion (one article or a
/// batch) or a re-extraction. Its status and counts are derived from its <see cref="Items"/>, so they cannot drift.
/// </summary>
public sealed class Job
{
    public long Id { get; set; }
    /// <summary><see cref="JobKinds.Ingest"/> or <see cref="JobKinds.Reextract"/>.</summary>
    public required string Kind { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Total { get; set; }

    public List<JobItem> Items { get; set; } = [];
}

/// <summary>
/// One row of the queue: an article to ingest (its request as posted, so an accepted article survives any crash) or a
/// stored article to re-extract. A worker owns it while <see cref="LeaseToken"/> is its own and the lease has not
/// expired; completing checks the token in the same transaction as the work, so only one claim can complete it.
/// </summary>
public sealed class JobItem
{
    public long Id { get; set; }
    public long JobId { get; set; }
    /// <summary>The item's index in the request (a batch's order), from 0.</summary>
    public int Position { get; set; }
    public required string Kind { get; set; }
    /// <summary><see cref="JobItemStatus"/>: queued, running, done or failed.</summary>
    public required string Status { get; set; }
    /// <summary>The article request as JSON (ingestion); null for re-extraction.</summary>
    public string? Payload { get; set; }
    /// <summary>The article re-extracted, or the one ingestion stored or found as a duplicate.</summary>
    public long? ArticleId { get; set; }
    /// <summary>created, duplicate, invalid, reextracted or failed, once known.</summary>
    public string? Outcome { get; set; }
    /// <summary>The last attempt's error, or the field errors (JSON) of an invalid batch item.</summary>
    public string? Error { get; set; }
    public int Attempts { get; set; }
    /// <summary>When the item may next be claimed: now when queued, later after a failed attempt (backoff).</summary>
    public DateTime AvailableAt { get; set; }
    public Guid? LeaseToken { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    /// <summary>The worker that holds or last held the item (host name and worker number), for operators.</summary>
    public string? WorkerId { get; set; }
    public DateTime? CompletedAt { get; set; }
}

public static class JobKinds
{
    public const string Ingest = "ingest";
    public const string Reextract = "reextract";
}

public static class JobItemStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}
