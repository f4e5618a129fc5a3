using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tolls;

/// <summary>A casualty or harm figure as one article reports it.</summary>
public sealed record TollItem(long Id, long ArticleId, long? EventId, string Kind, int? Min, int? Max, int? Best, string? Qualifier, string? Vague,
    string? Victims, string? AttributedTo, DateOnly? Date, string? Location, int[] Span);

public static class TollsApi
{
    internal static readonly string[] Kinds = ["killed", "injured", "killed_or_injured", "displaced", "captured", "abducted", "arrested", "missing"];

    public static RouteGroupBuilder MapTolls(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tolls").WithTags("Tolls");
        group.MapGet("/", ListTolls).ProducesValidationProblem();
        return group;
    }

    /// <summary>Lists tolls, newest first. Filters: kind (killed, injured, displaced...), articleId, eventId, from/to (toll date, yyyy-MM-dd), minBest.</summary>
    private static async Task<Results<Ok<Page<TollItem>>, ValidationProblem>> ListTolls(
        NewsEventsDbContext db, string? kind, string? articleId, string? eventId, string? from, string? to, string? minBest, string? page, string? size,
        CancellationToken ct)
    {
        var reader = new QueryReader();
        var kindValue = reader.OneOf("kind", kind, Kinds);
        var (article, evt) = (reader.Id("articleId", articleId), reader.Id("eventId", eventId));
        var (fromDate, toDate) = (reader.Date("from", from), reader.Date("to", to));
        var min = reader.Int("minBest", minBest, 0, int.MaxValue);
        var (pageNumber, pageSize) = reader.Paging(page, size);
        if (!reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);

        var tolls = db.Tolls.AsNoTracking();
        if (kindValue is not null) tolls = tolls.Where(t => t.Kind == kindValue);
        if (article is { } a) tolls = tolls.Where(t => t.ArticleId == a);
        if (evt is { } e) tolls = tolls.Where(t => t.EventId == e);
        if (fromDate is { } f) tolls = tolls.Where(t => t.Date >= f);
        if (toDate is { } d) tolls = tolls.Where(t => t.Date <= d);
        if (min is { } m) tolls = tolls.Where(t => t.Best >= m);

        var total = await tolls.CountAsync(ct);
        var items = await tolls.OrderByDescending(t => t.Id).Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(t => new TollItem(t.Id, t.ArticleId, t.EventId, t.Kind, t.Min, t.Max, t.Best, t.Qualifier, t.Vague, t.Victims, t.AttributedTo,
                t.Date, t.Location, new[] { t.SpanStart, t.SpanEnd }))
            .ToListAsync(ct);
        return TypedResults.Ok(new Page<TollItem>(items, total, pageNumber, pageSize));
    }
}
