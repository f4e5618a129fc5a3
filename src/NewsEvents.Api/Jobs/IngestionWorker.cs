using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsEvents.Data;

namespace NewsEvents.Api.Jobs;

/// <summary>
/// The queue's workers in this process (hosted service; none when Ingestion:Role is Api). On PostgreSQL several run
/// side by side and with other instances' (SKIP LOCKED keeps them apart); on SQLite one, so items go in order.
/// At shutdown an item being worked on is released (queued again, the attempt not counted) rather than abandoned.
/// </summary>
public sealed class IngestionWorker(IServiceScopeFactory scopes, QueueSignal signal, IOptions<QueueOptions> options, ILogger<IngestionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int count;
        await using (var scope = scopes.CreateAsyncScope())
            count = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>().Database.IsNpgsql()
                ? Math.Max(1, options.Value.Workers ?? Environment.ProcessorCount) : 1;
        logger.LogInformation("Starting {Count} ingestion worker(s)", count);
        await Task.WhenAll(Enumerable.Range(1, count).Select(n => LoopAsync($"{Environment.MachineName}/{Environment.ProcessId}/{n}", stoppingToken)));
    }

    private async Task LoopAsync(string worker, CancellationToken stop)
    {
        await Task.Yield();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (!await RunOneAsync(worker, stop)) await signal.WaitAsync(options.Value.PollInterval, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database is unreachable or similar: the item's lease expires and it is reclaimed later.
                logger.LogError(e, "Ingestion worker {Worker} failed outside an item; retrying after the poll interval", worker);
                try { await Task.Delay(options.Value.PollInterval, stop); } catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>Claims and runs one item; false when the queue had nothing due.</summary>
    private async Task<bool> RunOneAsync(string worker, CancellationToken stop)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        if (await queue.ClaimAsync(worker, stop) is not { } item) return false;
        try
        {
            await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(item, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>().ChangeTracker.Clear();
            await queue.ReleaseAsync(item, CancellationToken.None);
            logger.LogInformation("Released job item {Item} at shutdown", item.Id);
            throw;
        }
        return true;
    }
}
