namespace NewsEvents.Data;

/// <summary>
/// One write transaction at a time within the process, on SQLite only. SQLite has one writer lock per database; a
/// writer that finds it taken waits in SQLite's busy handler, and the bundled native library (built without usleep)
/// sleeps there in whole seconds, so 8 concurrent writers saw p95 latencies of seconds. Queueing on a semaphore
/// instead hands the lock over as soon as it is free. PostgreSQL locks rows, not the database, so it gets no gate.
/// Other processes on the same SQLite file still meet at SQLite's lock (busy_timeout, see <see cref="SqlitePragmas"/>).
/// </summary>
public sealed class WriteGate(DatabaseProvider provider)
{
    private readonly SemaphoreSlim? _gate = provider == DatabaseProvider.Sqlite ? new(1, 1) : null;

    /// <summary>Waits for the gate; dispose the result when the transaction has committed or rolled back.</summary>
    public async ValueTask<Held> EnterAsync(CancellationToken cancellationToken)
    {
        if (_gate is null) return default;
        await _gate.WaitAsync(cancellationToken);
        return new Held(_gate);
    }

    public readonly struct Held(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
