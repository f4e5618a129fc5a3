using System.Text.Json;
using NewsEvents.Api.Articles;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Jobs;

/// <summary>Posted articles as queue items: the request itself is the payload, so a worker ingests exactly what was accepted.</summary>
public static class QueuedArticles
{
    /// <summary>Stores the items as one ingestion job and returns it as GET /api/jobs/{id} would.</summary>
    public static async Task<JobResponse> EnqueueAsync(JobQueue queue, NewsEventsDbContext db, List<JobItem> items, CancellationToken ct)
    {
        var job = await queue.EnqueueAsync(JobKinds.Ingest, items, ct);
        return await JobsApi.LoadAsync(db, job, 1, Paging.MaxSize, ct);
    }

    public static JobItem Item(int position, ArticleRequest article) => new()
    {
        Position = position, Kind = JobKinds.Ingest, Status = JobItemStatus.Queued, Payload = JsonSerializer.Serialize(article, JsonDefaults.Web),
    };

    /// <summary>An invalid batch item is answered in the job at once, finished, with its field errors; nothing runs for it.</summary>
    public static JobItem Invalid(int position, IDictionary<string, string[]> errors) => new()
    {
        Position = position, Kind = JobKinds.Ingest, Status = JobItemStatus.Done, Outcome = ItemOutcomes.Invalid, Error = JsonSerializer.Serialize(errors),
    };
}
