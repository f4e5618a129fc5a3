using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Articles;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Jobs;

public static class JobsApi
{
    public static RouteGroupBuilder MapJobs(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/jobs").WithTags("Jobs");
        group.MapGet("/{id:long}", GetJob).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>A job's status, its counts and its items' results (created, duplicate, invalid, reextracted or failed, with the article and event ids) once known.</summary>
    /// <param name="page">Page of items from 1.</param>
    /// <param name="size">Items per page, 1 to 500 (default 500: a whole batch).</param>
    private static async Task<Results<Ok<JobResponse>, ProblemHttpResult, ValidationProblem>> GetJob(
        long id, NewsEventsDbContext db, string? page, string? size, CancellationToken ct)
    {
        var reader = new QueryReader();
        var pageNumber = reader.Int("page", page, 1, 1_000_000) ?? 1;
        var pageSize = reader.Int("size", size, 1, Paging.MaxSize) ?? Paging.MaxSize;
        if (!reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);
        var job = await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job is null) return ArticlesApi.NotFound("job", id);
        return TypedResults.Ok(await LoadAsync(db, job, pageNumber, pageSize, ct));
    }

    public static async Task<JobResponse> LoadAsync(NewsEventsDbContext db, Job job, int page, int size, CancellationToken ct)
    {
        var tally = await db.JobItems.Where(i => i.JobId == job.Id).GroupBy(i => new { i.Status, i.Outcome })
            .Select(g => new { g.Key.Status, g.Key.Outcome, Count = g.Count(), Tried = g.Max(i => i.Attempts) }).ToListAsync(ct);
        int Count(Func<string, string?, bool> match) => tally.Where(t => match(t.Status, t.Outcome)).Sum(t => t.Count);
        var counts = new JobCounts(Count((s, _) => s == JobItemStatus.Queued), Count((s, _) => s == JobItemStatus.Running),
            Count((s, o) => s == JobItemStatus.Done && o != ItemOutcomes.Invalid), Count((s, _) => s == JobItemStatus.Failed),
            Count((_, o) => o == ItemOutcomes.Created), Count((_, o) => o == ItemOutcomes.Duplicate), Count((_, o) => o == ItemOutcomes.Invalid),
            Count((_, o) => o == ItemOutcomes.Reextracted));
        var started = tally.Any(t => t.Status != JobItemStatus.Queued || t.Tried > 0);
        var status = counts.Queued + counts.Running > 0 ? (started ? "running" : "queued")
            : job.Total > 0 && counts.Done == 0 ? "failed" : "done";

        var rows = await db.JobItems.AsNoTracking().Where(i => i.JobId == job.Id).OrderBy(i => i.Position).Skip((page - 1) * size).Take(size)
            .Select(i => new { i.Position, i.Status, i.Outcome, i.ArticleId, i.Attempts, i.Error }).ToListAsync(ct);
        var articles = rows.Where(r => r.ArticleId is not null && r.Status == JobItemStatus.Done).Select(r => r.ArticleId!.Value).ToList();
        var events = await ArticleEvents.LoadAsync(db, articles, ct);
        var items = rows.Select(r => r.Outcome == ItemOutcomes.Invalid
            ? new JobItemResponse(r.Position, r.Status, r.Outcome, null, r.Attempts, null, JsonSerializer.Deserialize<Dictionary<string, string[]>>(r.Error!), null)
            : new JobItemResponse(r.Position, r.Status, r.Outcome, r.ArticleId, r.Attempts, r.Error, null,
                r.Status == JobItemStatus.Done && r.ArticleId is { } a ? events.GetValueOrDefault(a) : null)).ToList();
        return new JobResponse(job.Id, job.Kind, status, DateTime.SpecifyKind(job.CreatedAt, DateTimeKind.Utc), job.Total, counts, items, page, size);
    }
}
