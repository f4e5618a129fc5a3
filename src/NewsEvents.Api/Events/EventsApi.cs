using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Articles;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Events;

public static class EventsApi
{
    public static RouteGroupBuilder MapEvents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/events").WithTags("Events");
        group.MapGet("/", ListEvents).ProducesValidationProblem();
        group.MapEventExports();
        group.MapGet("/{id:long}", GetEvent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).Produces(StatusCodes.Status304NotModified);
        group.MapGet("/{id:long}/timeline", GetTimeline).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>Finds events for dashboards and sync: filter by date range, place, actor, type, fatalities, source, summary text or updatedSince; sort by date, fatalities or updated; page with page/size or with the next cursor. total is exact with includeTotal=true; without it, it is given on the last page of offset paging and is null otherwise, since counting every match was most of the time of a broad query over a million events.</summary>
    /// <remarks>For an incremental pull, ask sort=updated-asc&amp;updatedSince=(the last updatedAt you stored) and follow nextLink until next is null.</remarks>
    private static async Task<Results<Ok<CursorPage<EventSummary>>, ValidationProblem>> ListEvents(
        [AsParameters] EventQuery query, [AsParameters] EventPageQuery paging, NewsEventsDbContext db, HttpContext http, CancellationToken ct)
    {
        var reader = new QueryReader();
        var filter = EventFilter.Parse(query, reader);
        var order = EventOrder.Parse(paging.Sort, reader);
        var (page, size) = reader.Paging(paging.Page, paging.Size);
        var cursor = reader.Cursor(paging.Cursor, order.Name);
        if (cursor is not null && !string.IsNullOrWhiteSpace(paging.Page)) reader.Fail("cursor", "Send either page or cursor, not both.");
        if (cursor is not null && !EventOrder.KeyParses(cursor, order.Key)) reader.Fail("cursor", "The cursor is damaged; pass the 'next' value of a previous page unchanged.");
        var includeTotal = reader.Bool("includeTotal", paging.IncludeTotal) ?? false;
        if (filter is null || !reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);

        // Without a count, the id filters probe per row along the sort's index and stop at the page's end.
        var events = filter.Apply(db.Events.AsNoTracking(), db, probeIds: !includeTotal);
        var window = cursor is null ? order.Apply(events).Skip((page - 1) * size) : order.Apply(order.After(events, cursor, EventOrder.NullsSortLow(db)));
        // One row more than the page says whether there is a next one.
        var skip = cursor is null ? (page - 1) * size : 0;
        var rows = ActorPages.Serve(filter, order, includeTotal) ? await ActorPages.LoadAsync(db, filter, order, cursor, skip, size + 1, ct)
            : SourcePages.Serve(filter, order, includeTotal) ? await SourcePages.LoadAsync(db, filter, order, cursor, skip, size + 1, ct)
            : await Project(window.Take(size + 1)).ToListAsync(ct);
        var (items, next) = CursorPaging.Cut(rows, size, order.CursorAfter);
        int? total = includeTotal ? await events.CountAsync(ct)
            : next is null && cursor is null ? (page - 1) * size + items.Count : null;
        return TypedResults.Ok(new CursorPage<EventSummary>(items, total, cursor is null ? page : null, size, next, CursorPaging.NextLink(http, next)));
    }

    /// <summary>One event: its place, actors, and a page of its reporting articles (articlesPage, articlesSize: 50 by default, at most 200, by article id) with their tolls and claims; articleCount is how many there are in all.</summary>
    /// <remarks>The response carries an ETag; send it back as If-None-Match to get 304 Not Modified while the event is unchanged.</remarks>
    private static async Task<Results<Ok<EventDetail>, ValidationProblem, ProblemHttpResult, StatusCodeHttpResult>> GetEvent(long id, string? articlesPage, string? articlesSize,
        NewsEventsDbContext db, HttpContext http, CancellationToken ct)
    {
        var reader = new QueryReader();
        var page = reader.Int("articlesPage", articlesPage, 1, 1_000_000) ?? 1;
        var size = reader.Int("articlesSize", articlesSize, 1, EventDetails.MaxArticles) ?? EventDetails.DefaultArticles;
        if (!reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);
        var detail = await EventDetails.LoadAsync(db, id, page, size, ct);
        if (detail is null) return ArticlesApi.NotFound("event", id);
        var tag = EventDetails.ETag(detail);
        http.Response.Headers.ETag = tag.ToString();
        return EventDetails.Matches(http.Request, tag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(detail);
    }

    /// <summary>The event's toll timeline: each figure its articles gave it, at ingestion and at every re-extraction, oldest first ("12 -> 27 -> 40+"), a page at a time (page, size: 500 by default, at most 1000); total is how many figures there are in all.</summary>
    /// <remarks>History is appended, never rewritten: a re-extracted article adds its new figures and keeps its old ones here, while the event's tolls show only the current ones.</remarks>
    private static async Task<Results<Ok<EventTimeline>, ValidationProblem, ProblemHttpResult>> GetTimeline(long id, string? page, string? size,
        NewsEventsDbContext db, CancellationToken ct)
    {
        var reader = new QueryReader();
        var pageNumber = reader.Int("page", page, 1, 1_000_000) ?? 1;
        var pageSize = reader.Int("size", size, 1, EventTimeline.MaxSize) ?? EventTimeline.DefaultSize;
        if (!reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);
        if (!await db.Events.AnyAsync(e => e.Id == id, ct)) return ArticlesApi.NotFound("event", id);
        // Every figure of every re-extraction stays, so an event reported thousands of times has a long history: it is
        // served in pages, as the event's articles are.
        var observations = db.TollObservations.AsNoTracking().Where(o => o.EventId == id);
        var items = await observations.OrderBy(o => o.ObservedAt).ThenBy(o => o.Id).Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(o => new TimelineItem(o.ArticleId, o.Source, o.ExtractorVersion, o.Kind, o.Min, o.Max, o.Best, o.Qualifier,
                DateTime.SpecifyKind(o.ObservedAt, DateTimeKind.Utc)))
            .ToListAsync(ct);
        var total = items.Count < pageSize && (items.Count > 0 || pageNumber == 1) ? (pageNumber - 1) * pageSize + items.Count : await observations.CountAsync(ct);
        return TypedResults.Ok(new EventTimeline(id, items, total, pageNumber, pageSize));
    }

    internal static IQueryable<EventSummary> Project(IQueryable<Data.Entities.Event> events) =>
        events.Select(e => new EventSummary(e.Id, e.Type, e.SubType, e.Date, e.DateEnd, e.DatePrecision, e.LocationName, e.Country, e.Admin1,
            e.Fatalities, e.Summary, e.Confidence, e.Sources.Count, DateTime.SpecifyKind(e.UpdatedAt, DateTimeKind.Utc)));
}
