namespace NewsEvents.Api.Jobs;

/// <summary>Wakes this instance's idle workers when it queues items, so they need not wait for their next poll.</summary>
public sealed class QueueSignal
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify(int items)
    {
        // More releases than waiting workers only make a few extra empty polls.
        if (items > 0) _signal.Release(Math.Min(items, 64));
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
