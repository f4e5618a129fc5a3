using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsEvents.Api.Extraction;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Api.Jobs;
using NewsEvents.Data;
using NewsEvents.Data.Entities;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Articles;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var limits = routes.ServiceProvider.GetRequiredService<IOptions<IngestionOptions>>().Value;
        var group = routes.MapGroup("/api/articles").WithTags("Articles");

        // Slack over the content limit leaves room for the other fields, so content just over the limit is a 400 naming "content".
        group.MapPost("/", PostArticle).WithValidation<ArticleRequest>().WithMetadata(new BodySizeLimit(limits.MaxContentBytes + 64 * 1024))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/batch", PostBatch).WithValidation<BatchRequest>().WithMetadata(new BodySizeLimit(limits.MaxBatchBodyBytes))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/", ListArticles).ProducesValidationProblem();
        group.MapGet("/{id:long}", GetArticle).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:long}/extraction", GetExtraction).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>Ingests one article: cleans it, extracts events, places, actors, people, tolls and claims, and stores everything in one transaction.</summary>
    /// <remarks>201 with a Location header for a new article; 200 with the stored article when the same URL or the same cleaned text was posted before.
    /// Either way <c>events</c> lists the events the article created or joined, each marked created or joined.
    /// 422 when extraction takes longer than Ingestion:ExtractionTimeout, or when the engine fails on the text; nothing is stored then.
    /// With <c>Prefer: respond-async</c>: 202 with Location /api/jobs/{id} once the article is stored in the queue; a worker extracts it later.</remarks>
    /// <param name="prefer">RFC 7240 preferences; respond-async stores the article in the queue and answers 202 with a job instead of waiting for extraction.</param>
    private static async Task<Results<Created<ArticleResponse>, Ok<ArticleResponse>, Accepted<JobResponse>, ProblemHttpResult>> PostArticle(
        ArticleRequest article, ArticleIngestor ingestor, ExtractionRunner runner, NewsEventsDbContext db, JobQueue queue, HttpContext http,
        [FromHeader(Name = "Prefer")] string? prefer, CancellationToken ct)
    {
        if (RespondAsync.IsPreferred(prefer))
            return RespondAsync.Accepted(http, await QueuedArticles.EnqueueAsync(queue, db, [QueuedArticles.Item(0, article)], ct));
        var result = await ingestor.IngestAsync(article, ct);
        if (result.Outcome == IngestOutcome.NotProcessed) return NotProcessed(result.Failure!);
        var stored = (await LoadAsync(db, result.ArticleId, ct))!;
        var response = stored with { Extraction = result.Extraction ?? stored.Extraction };
        return result.Outcome == IngestOutcome.Created
            ? TypedResults.Created($"/api/articles/{result.ArticleId}", response)
            : TypedResults.Ok(response);
    }

    /// <summary>Ingests up to 500 articles; each item is validated and stored on its own and answered as created, duplicate, invalid or failed (extraction timed out, or the engine failed on it), with the events a stored item created or joined.</summary>
    /// <remarks>With <c>Prefer: respond-async</c>: 202 with Location /api/jobs/{id} once every valid item is stored in the queue, in one transaction;
    /// invalid items are answered in the job at once, with their field errors.</remarks>
    /// <param name="prefer">RFC 7240 preferences; respond-async stores the items in the queue and answers 202 with a job instead of waiting for extraction.</param>
    private static async Task<Results<Ok<BatchResponse>, Accepted<JobResponse>>> PostBatch(
        BatchRequest batch, ArticleIngestor ingestor, IValidator<ArticleRequest> validator, ExtractionRunner runner, NewsEventsDbContext db,
        JobQueue queue, HttpContext http, [FromHeader(Name = "Prefer")] string? prefer, CancellationToken ct)
    {
        var results = new BatchItemResult?[batch.Items!.Count];
        var valid = new List<(int Index, ArticleRequest Item)>(batch.Items.Count);
        for (var i = 0; i < batch.Items.Count; i++)
        {
            var item = batch.Items[i];
            var validation = item is null ? null : await validator.ValidateAsync(item, ct);
            if (item is null || !validation!.IsValid)
                results[i] = new(i, "invalid", null, validation?.ToProblemErrors() ?? new Dictionary<string, string[]> { ["item"] = ["The item is null."] });
            else valid.Add((i, item));
        }
        if (RespondAsync.IsPreferred(prefer))
        {
            var items = valid.Select(v => QueuedArticles.Item(v.Index, v.Item))
                .Concat(results.Select((r, i) => r is null ? null : QueuedArticles.Invalid(i, r.Errors!)).OfType<JobItem>()).OrderBy(i => i.Position).ToList();
            return RespondAsync.Accepted(http, await QueuedArticles.EnqueueAsync(queue, db, items, ct));
        }
        var outcomes = await ingestor.IngestManyAsync(valid.Select(v => v.Item).ToList(), ct);
        var events = await ArticleEvents.LoadAsync(db, outcomes.Where(o => o.Outcome != IngestOutcome.NotProcessed).Select(o => o.ArticleId).ToList(), ct);
        for (var k = 0; k < valid.Count; k++)
            results[valid[k].Index] = outcomes[k].Outcome switch
            {
                IngestOutcome.NotProcessed => new(valid[k].Index, "failed", null, new Dictionary<string, string[]> { ["content"] = [outcomes[k].Failure!] }),
                var outcome => new(valid[k].Index, outcome == IngestOutcome.Created ? "created" : "duplicate", outcomes[k].ArticleId, null,
                    events[outcomes[k].ArticleId]),
            };
        var answered = results.Select(r => r!).ToList();
        return TypedResults.Ok(new BatchResponse(
            answered.Count(r => r.Status == "created"), answered.Count(r => r.Status == "duplicate"), answered.Count(r => r.Status == "invalid"),
            answered.Count(r => r.Status == "failed"), answered));
    }

    /// <summary>Lists stored articles, newest first. Filters: source, from/to (publication date, yyyy-MM-dd), q (text in the title). Page with page/size or with the next cursor.</summary>
    /// <param name="source">The outlet's name, exactly.</param>
    /// <param name="from">Earliest publication date, yyyy-MM-dd.</param>
    /// <param name="to">Latest publication date, yyyy-MM-dd.</param>
    /// <param name="q">Text in the title (case-insensitive).</param>
    /// <param name="cursor">The next value of the previous page (keyset paging, stable while articles are added); not with page.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="size">Page size, 1 to 500 (default 50).</param>
    private static async Task<Results<Ok<CursorPage<ArticleSummary>>, ValidationProblem>> ListArticles(
        NewsEventsDbContext db, HttpContext http, string? source, string? from, string? to, string? q, string? cursor, string? page, string? size, CancellationToken ct)
    {
        var reader = new QueryReader();
        var (fromDate, toDate) = (reader.Date("from", from), reader.Date("to", to));
        var (pageNumber, pageSize) = reader.Paging(page, size);
        var after = reader.Cursor(cursor, NewestFirst);
        if (after is not null && !string.IsNullOrWhiteSpace(page)) reader.Fail("cursor", "Send either page or cursor, not both.");
        if (!reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);

        var query = db.Articles.AsNoTracking();
        if (QueryReader.Text(source) is { } s) query = query.Where(a => a.Source == s);
        if (fromDate is { } f) query = query.Where(a => a.PublishedAt >= f);
        if (toDate is { } t) query = query.Where(a => a.PublishedAt <= t);
        if (QueryReader.Text(q) is { } text) query = query.Where(a => a.Title != null && a.Title.ToLower().Contains(text.ToLower()));

        var total = await query.CountAsync(ct);
        // Newest first is id descending: the id alone is the keyset.
        var window = after is { Id: var lastId } ? query.Where(a => a.Id < lastId).OrderByDescending(a => a.Id)
            : query.OrderByDescending(a => a.Id).Skip((pageNumber - 1) * pageSize);
        var fetched = await window.Take(pageSize + 1)
            .Select(a => new ArticleSummary(a.Id, a.Url, a.Source, a.Title, a.PublishedAt, a.Language, DateTime.SpecifyKind(a.CreatedAt, DateTimeKind.Utc), a.Events.Count))
            .ToListAsync(ct);
        var (items, next) = CursorPaging.Cut(fetched, pageSize, a => new PageCursor(NewestFirst, null, a.Id));
        return TypedResults.Ok(new CursorPage<ArticleSummary>(items, total, after is null ? pageNumber : null, pageSize, next, CursorPaging.NextLink(http, next)));
    }

    private const string NewestFirst = "id-desc";

    /// <summary>One stored article with its cleaned text.</summary>
    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetArticle(long id, NewsEventsDbContext db, CancellationToken ct) =>
        await LoadAsync(db, id, ct) is { } article
            ? TypedResults.Ok(article with { Extraction = null })
            : NotFound("article", id);

    /// <summary>What the engine extracted from one article, exactly as it returned it (spans are [start, end) offsets into cleanText).</summary>
    private static async Task<Results<Ok<ExtractionResult>, ProblemHttpResult>> GetExtraction(long id, NewsEventsDbContext db, CancellationToken ct)
    {
        var json = await db.Articles.Where(a => a.Id == id).Select(a => a.ExtractionJson).FirstOrDefaultAsync(ct);
        return json is null ? NotFound("article", id) : TypedResults.Ok(JsonSerializer.Deserialize<ExtractionResult>(json, JsonDefaults.Web)!);
    }

    private static async Task<ArticleResponse?> LoadAsync(NewsEventsDbContext db, long id, CancellationToken ct)
    {
        var row = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Id, a.Url, a.Source, a.Title, a.PublishedAt, a.Language, a.ContentHash, a.ExtractorVersion, a.CreatedAt, a.CleanText, a.ExtractionJson })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var events = await ArticleEvents.LoadAsync(db, [row.Id], ct);
        return new ArticleResponse(row.Id, row.Url, row.Source, row.Title, row.PublishedAt, row.Language, row.ContentHash,
            row.ExtractorVersion, DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc), row.CleanText,
            JsonSerializer.Deserialize<ExtractionResult>(row.ExtractionJson, JsonDefaults.Web), events[row.Id]);
    }

    public static ProblemHttpResult NotProcessed(string failure) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article could not be processed.", detail: failure);

    public static ProblemHttpResult NotFound(string what, long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} with id {id}.", detail: $"There is no {what} with id {id}.");
}

public sealed class BatchRequestValidator : AbstractValidator<BatchRequest>
{
    public const int MaxItems = 500;

    public BatchRequestValidator()
    {
        RuleFor(b => b.Items).NotNull().WithMessage("Items is required.");
        RuleFor(b => b.Items!.Count).GreaterThan(0).WithName("Items").OverridePropertyName("Items").WithMessage("Items must not be empty.")
            .LessThanOrEqualTo(MaxItems).WithMessage($"A batch holds at most {MaxItems} articles.")
            .When(b => b.Items is not null);
    }
}
