using System.Globalization;
using System.Text;
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
        group.MapGet("/export.csv", ExportCsv).ProducesValidationProblem().Produces<string>(StatusCodes.Status200OK, "text/csv");
        group.MapGet("/{id:long}", GetEvent).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>Finds events for dashboards: filter by date range, place, actor, type, fatalities, source or summary text; sort by date or fatalities; page with page/size (total count included).</summary>
    private static async Task<Results<Ok<Page<EventSummary>>, ValidationProblem>> ListEvents(
        [AsParameters] EventQuery query, NewsEventsDbContext db, CancellationToken ct)
    {
        var reader = new QueryReader();
        if (EventFilter.Parse(query, reader) is not { } filter) return TypedResults.ValidationProblem(reader.Errors);

        var events = filter.Apply(db.Events.AsNoTracking(), db);
        var total = await events.CountAsync(ct);
        var items = await Project(filter.Order(events).Skip((filter.Page - 1) * filter.Size).Take(filter.Size)).ToListAsync(ct);
        return TypedResults.Ok(new Page<EventSummary>(items, total, filter.Page, filter.Size));
    }

    /// <summary>The filtered events as CSV (same filters and sort as GET /api/events, at most 100,000 rows, no paging).</summary>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportCsv(
        [AsParameters] EventQuery query, NewsEventsDbContext db, CancellationToken ct)
    {
        var reader = new QueryReader();
        if (EventFilter.Parse(query, reader) is not { } filter) return TypedResults.ValidationProblem(reader.Errors);

        var rows = await Project(filter.Order(filter.Apply(db.Events.AsNoTracking(), db)).Take(100_000)).ToListAsync(ct);
        var csv = new StringBuilder("id,date,date_end,type,sub_type,location,admin1,country,fatalities,sources,summary\n");
        foreach (var e in rows)
            csv.Append(CultureInfo.InvariantCulture, $"{e.Id},{e.Date:yyyy-MM-dd},{e.DateEnd:yyyy-MM-dd},{Csv(e.Type)},{Csv(e.SubType)},{Csv(e.Location)},{Csv(e.Admin1)},{e.Country},{e.Fatalities},{e.SourceCount},{Csv(e.Summary)}\n");
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "events.csv");
    }

    /// <summary>One event with its place, actors, tolls, claims and the articles that report it.</summary>
    private static async Task<Results<Ok<EventDetail>, ProblemHttpResult>> GetEvent(long id, NewsEventsDbContext db, CancellationToken ct)
    {
        // One projection; split queries load each collection in its own statement (no N+1, no cartesian explosion).
        var detail = await db.Events.AsNoTracking().AsSplitQuery().Where(e => e.Id == id)
            .Select(e => new EventDetail(e.Id, e.Type, e.SubType, e.Date, e.DateEnd, e.DatePrecision, e.Fatalities, e.Summary, e.Confidence,
                e.Location == null ? null : new EventLocation(e.Location.Id, e.Location.Name, e.Location.Country, e.Location.Admin1,
                    e.Location.Latitude, e.Location.Longitude, e.Location.GeonameId, e.Location.Precision),
                e.Actors.Select(a => new EventActorItem(a.ActorId, a.Actor.Name, a.Actor.Type, a.Role)).ToList(),
                e.Tolls.OrderBy(t => t.ArticleId).ThenBy(t => t.SpanStart).Select(t => new EventTollItem(t.Id, t.ArticleId, t.Kind, t.Min, t.Max, t.Best,
                    t.Qualifier, t.Vague, t.Victims, t.AttributedTo, new[] { t.SpanStart, t.SpanEnd })).ToList(),
                e.Claims.OrderBy(c => c.ArticleId).ThenBy(c => c.SpanStart).Select(c => new EventClaimItem(c.Id, c.ArticleId, c.Speaker, c.SpeakerActor,
                    c.Verb, c.Stance, c.Direct, c.Text, new[] { c.SpanStart, c.SpanEnd })).ToList(),
                e.Sources.OrderBy(s => s.ArticleId).Select(s => new EventArticleItem(s.ArticleId, s.Article.Url, s.Article.Source, s.Article.Title,
                    s.Article.PublishedAt, s.Fatalities, s.Summary, new[] { s.SpanStart, s.SpanEnd })).ToList()))
            .FirstOrDefaultAsync(ct);
        return detail is null ? ArticlesApi.NotFound("event", id) : TypedResults.Ok(detail);
    }

    private static IQueryable<EventSummary> Project(IQueryable<Data.Entities.Event> events) =>
        events.Select(e => new EventSummary(e.Id, e.Type, e.SubType, e.Date, e.DateEnd, e.DatePrecision, e.LocationName, e.Country, e.Admin1,
            e.Fatalities, e.Summary, e.Confidence, e.Sources.Count));

    private static string Csv(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"")}\"";
}
