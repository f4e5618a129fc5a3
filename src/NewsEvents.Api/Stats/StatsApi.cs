using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Events;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Stats;

/// <summary>Events and fatalities for one group (a day, a country or an event type).</summary>
/// <param name="Fatalities">The sum of the events' fatalities (each event's is the lowest figure among its reporting articles).</param>
/// <param name="FatalitiesLow">The sum of each event's lowest figure above 0 reported by one of its articles (the event's own figure when no article gives one).</param>
/// <param name="FatalitiesHigh">The sum of each event's highest figure reported by one of its articles: with <paramref name="FatalitiesLow"/>, the band of what was reported.</param>
public sealed record StatsBucket(string? Key, int Events, int Fatalities, int FatalitiesLow, int FatalitiesHigh);

public static class StatsApi
{
    public static RouteGroupBuilder MapStats(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/stats").WithTags("Stats");
        group.MapGet("/events", EventStats).ProducesValidationProblem();
        return group;
    }

    /// <summary>
    /// Counts events and sums fatalities per day, country or type (groupBy), over the same filters as GET /api/events;
    /// each bucket also sums the lowest and the highest figure that the events' reporting articles gave.
    /// </summary>
    private static async Task<Results<Ok<List<StatsBucket>>, ValidationProblem>> EventStats(
        [AsParameters] EventQuery query, string? groupBy, NewsEventsDbContext db, CancellationToken ct)
    {
        var reader = new QueryReader();
        var by = reader.OneOf("groupBy", groupBy, "day", "country", "type") ?? "day";
        if (EventFilter.Parse(query, reader) is not { } filter) return TypedResults.ValidationProblem(reader.Errors);

        if (DailyStatsReader.Serves(filter))
            return TypedResults.Ok((await DailyStatsReader.BucketsAsync(db, filter, by, ct)).OrderBy(b => b.Key, StringComparer.Ordinal).ToList());

        var buckets = await FromEventsAsync(db, filter, by, ct);
        return TypedResults.Ok(buckets.OrderBy(b => b.Key, StringComparer.Ordinal).ToList());
    }

    /// <summary>The same buckets counted over the events themselves: for the filters the daily rows do not key, and the tests' recount.</summary>
    public static async Task<List<StatsBucket>> FromEventsAsync(NewsEventsDbContext db, EventFilter filter, string by, CancellationToken ct)
    {
        var rows = Figures(filter.Apply(db.Events.AsNoTracking(), db));
        return by switch
        {
            "country" => await rows.GroupBy(x => x.Country).Select(g => new StatsBucket(g.Key, g.Count(), g.Sum(x => x.Fatalities), g.Sum(x => x.Low), g.Sum(x => x.High))).ToListAsync(ct),
            "type" => await rows.GroupBy(x => x.Type).Select(g => new StatsBucket(g.Key, g.Count(), g.Sum(x => x.Fatalities), g.Sum(x => x.Low), g.Sum(x => x.High))).ToListAsync(ct),
            _ => (await rows.GroupBy(x => x.Date).Select(g => new { g.Key, Events = g.Count(), Fatalities = g.Sum(x => x.Fatalities), Low = g.Sum(x => x.Low), High = g.Sum(x => x.High) }).ToListAsync(ct))
                .Select(g => new StatsBucket(g.Key?.ToString("yyyy-MM-dd"), g.Events, g.Fatalities, g.Low, g.High)).ToList(),
        };
    }

    // A class with settable members: EF groups by members of a member-init projection, not of a constructor call.
    private sealed class EventFigures
    {
        public string? Country { get; init; }
        public string Type { get; init; } = "";
        public DateOnly? Date { get; init; }
        public int Fatalities { get; init; }
        public int Low { get; init; }
        public int High { get; init; }
    }

    /// <summary>Each event with its lowest and highest reported figure (MIN and MAX over its sources, read through their primary key).</summary>
    private static IQueryable<EventFigures> Figures(IQueryable<Data.Entities.Event> events) =>
        events.Select(e => new EventFigures
        {
            Country = e.Country, Type = e.Type, Date = e.Date, Fatalities = e.Fatalities ?? 0,
            // As for the event's own figure, a source that reports no death does not pull the lowest figure to 0.
            Low = e.Sources.Where(s => s.Fatalities > 0).Min(s => s.Fatalities) ?? e.Fatalities ?? 0,
            High = e.Sources.Max(s => s.Fatalities) ?? e.Fatalities ?? 0,
        });
}
