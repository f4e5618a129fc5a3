using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Events;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Stats;

/// <summary>Events and fatalities for one group (a day, a country or an event type).</summary>
public sealed record StatsBucket(string? Key, int Events, int Fatalities);

public static class StatsApi
{
    public static RouteGroupBuilder MapStats(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/stats").WithTags("Stats");
        group.MapGet("/events", EventStats).ProducesValidationProblem();
        return group;
    }

    /// <summary>Counts events and sums fatalities per day, country or type (groupBy), over the same filters as GET /api/events.</summary>
    private static async Task<Results<Ok<List<StatsBucket>>, ValidationProblem>> EventStats(
        [AsParameters] EventQuery query, string? groupBy, NewsEventsDbContext db, CancellationToken ct)
    {
        var reader = new QueryReader();
        var by = reader.OneOf("groupBy", groupBy, "day", "country", "type") ?? "day";
        if (EventFilter.Parse(query, reader) is not { } filter) return TypedResults.ValidationProblem(reader.Errors);

        var events = filter.Apply(db.Events.AsNoTracking(), db);
        var buckets = by switch
        {
            "country" => await events.GroupBy(e => e.Country).Select(g => new StatsBucket(g.Key, g.Count(), g.Sum(e => e.Fatalities ?? 0))).ToListAsync(ct),
            "type" => await events.GroupBy(e => e.Type).Select(g => new StatsBucket(g.Key, g.Count(), g.Sum(e => e.Fatalities ?? 0))).ToListAsync(ct),
            _ => (await events.GroupBy(e => e.Date).Select(g => new { g.Key, Events = g.Count(), Fatalities = g.Sum(e => e.Fatalities ?? 0) }).ToListAsync(ct))
                .Select(g => new StatsBucket(g.Key?.ToString("yyyy-MM-dd"), g.Events, g.Fatalities)).ToList(),
        };
        return TypedResults.Ok(buckets.OrderBy(b => b.Key, StringComparer.Ordinal).ToList());
    }
}
