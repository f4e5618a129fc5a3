namespace NewsEvents.Api.Jobs;

/// <summary>What an instance does: serve the API, run queue workers, or both (the default, one process on one machine).</summary>
public enum IngestionRole { Both, Api, Worker }

/// <summary>The queue's settings, in the "Ingestion" section beside the ingestion limits.</summary>
public sealed class QueueOptions
{
    public const string Section = "Ingestion";

    /// <summary>Api: no workers here (items wait for a Worker instance). Worker: workers only. Both: the two.</summary>
    public IngestionRole Role { get; set; } = IngestionRole.Both;

    /// <summary>Concurrent workers in this process on PostgreSQL (default: one per core). SQLite always has one, taking items in order.</summary>
    public int? Workers { get; set; }

    /// <summary>How long a claim lasts: a worker that dies leaves its item to be reclaimed after this. Far above the extraction timeout.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before an item is marked failed with its last error.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after a first failed attempt; it doubles with each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often an idle worker looks for items queued by other instances (its own instance's wake it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public bool RunsWorkers => Role != IngestionRole.Api;

    public TimeSpan Backoff(int attempts)
    {
        var delay = RetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
