using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Events;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Stats;

/// <summary>
/// Stats from the precomputed daily rows (<see cref="DailyEventStat"/>) when the filters are among their keys: date
/// range, country, admin1, type and actor type. A year of days is then a few thousand narrow rows instead of every event
/// with a MIN and a MAX over its sources. Other filters (actor, place name, source, fatalities, text, updatedSince) are
/// not in the keys; those requests read the events.
/// </summary>
public static class DailyStatsReader
{
    public static bool Serves(EventFilter f) =>
        f is { UpdatedSince: null, Location: null, Actor: null, MinFatalities: null, Source: null, Q: null };

    public static async Task<List<StatsBucket>> BucketsAsync(NewsEventsDbContext db, EventFilter f, string groupBy, CancellationToken ct)
    {
        var actorType = f.ActorType is { } type ? ActorTypeMask.Bit(type) : 0;
        var rows = db.DailyEventStats.AsNoTracking().Where(s => s.ActorType == actorType && s.Events > 0);
        // The level of rows that answers: an admin1's own, a country's, each country's (groupBy=country), or the world's.
        const string all = DailyEventStat.All;
        if (f.Admin1 is { } admin1) rows = rows.Where(s => s.Admin1 == admin1);
        else if (f.Country is not null) rows = rows.Where(s => s.Admin1 == all);
        else if (groupBy == "country") rows = rows.Where(s => s.Admin1 == all && s.Country != all);
        else rows = rows.Where(s => s.Admin1 == all && s.Country == all);
        // Undated events have no date to be in a range, as in the events' own filter.
        if (f.From is { } from) rows = rows.Where(s => s.Day >= from);
        if (f.To is { } to) rows = rows.Where(s => s.Day <= to && s.Day > DailyEventStat.Undated);
        if (f.Country is { } country) rows = rows.Where(s => s.Country == country);
        if (f.Type is { } eventType) rows = rows.Where(s => s.Type == eventType);

        var sums = groupBy switch
        {
            "country" => await rows.GroupBy(s => s.Country).Select(g => new Sum(g.Key, null, g.Sum(s => s.Events), g.Sum(s => s.Fatalities), g.Sum(s => s.FatalitiesLow), g.Sum(s => s.FatalitiesHigh))).ToListAsync(ct),
            "type" => await rows.GroupBy(s => s.Type).Select(g => new Sum(g.Key, null, g.Sum(s => s.Events), g.Sum(s => s.Fatalities), g.Sum(s => s.FatalitiesLow), g.Sum(s => s.FatalitiesHigh))).ToListAsync(ct),
            _ => await rows.GroupBy(s => s.Day).Select(g => new Sum(null, g.Key, g.Sum(s => s.Events), g.Sum(s => s.Fatalities), g.Sum(s => s.FatalitiesLow), g.Sum(s => s.FatalitiesHigh))).ToListAsync(ct),
        };
        return sums.Where(s => s.Events > 0).Select(s => new StatsBucket(
            groupBy == "day" ? (s.Day == DailyEventStat.Undated ? null : s.Day!.Value.ToString("yyyy-MM-dd")) : s.Key is "" ? null : s.Key,
            s.Events, s.Fatalities, s.Low, s.High)).ToList();
    }

    private sealed record Sum(string? Key, DateOnly? Day, int Events, int Fatalities, int Low, int High);
}
