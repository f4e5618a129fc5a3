using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Extraction;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Api.Jobs;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Admin;

public static class ReextractApi
{
    public static RouteGroupBuilder MapAdmin(this IEndpointRouteBuilder routes)
    {
        // A write: with Security:ApiKeys configured it needs a key like every POST (Security/ApiKeyMiddleware).
        var group = routes.MapGroup("/api/admin").WithTags("Admin");
        group.MapPost("/reextract", Reextract).WithValidation<ReextractRequest>();
        return group;
    }

    /// <summary>Queues stored articles for re-extraction by the running engine: every article an older version extracted, or those matching country, from and to.</summary>
    /// <remarks>202 with Location /api/jobs/{id}; the job's items are the articles, answered "reextracted" as workers finish them.
    /// An article that already waits in the queue for re-extraction is not queued twice. No body is the same as {}.</remarks>
    private static async Task<Accepted<JobResponse>> Reextract(ReextractRequest? filter, NewsEventsDbContext db, JobQueue queue,
        IArticleExtractor engine, HttpContext http, CancellationToken ct)
    {
        var request = filter ?? new ReextractRequest();
        var articles = db.Articles.AsQueryable();
        if (!request.All) articles = articles.Where(a => a.ExtractorVersion != engine.Version);
        if (request.From is { } from) articles = articles.Where(a => a.PublishedAt >= from);
        if (request.To is { } to) articles = articles.Where(a => a.PublishedAt <= to);
        if (request.Country?.ToUpperInvariant() is { } country)
            articles = articles.Where(a => a.Events.Any(s => s.Event.Country == country) || a.Locations.Any(l => l.Location.Country == country));
        articles = articles.Where(a => !db.JobItems.Any(i => i.ArticleId == a.Id && i.Kind == JobKinds.Reextract
            && (i.Status == JobItemStatus.Queued || i.Status == JobItemStatus.Running)));
        var ids = await articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);

        var items = ids.Select((id, i) => new JobItem { Position = i, Kind = JobKinds.Reextract, Status = JobItemStatus.Queued, ArticleId = id }).ToList();
        var job = await queue.EnqueueAsync(JobKinds.Reextract, items, ct);
        http.Response.Headers["Retry-After"] = "1";
        return TypedResults.Accepted($"/api/jobs/{job.Id}", await JobsApi.LoadAsync(db, job, 1, Paging.MaxSize, ct));
    }
}
