using Microsoft.EntityFrameworkCore;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>
/// Everything ingestion writes, as sorted lines without ids or timestamps: two databases built differently (fresh, or
/// re-extracted) hold the same facts exactly when their snapshots are equal. Events are named by their contents and
/// articles by their URL, since ids depend on the order rows were created.
/// </summary>
public static class DatabaseSnapshot
{
    public static async Task<List<string>> TakeAsync(NewsEventsDbContext db)
    {
        var urls = await db.Articles.ToDictionaryAsync(a => a.Id, a => a.Url ?? a.ContentHash);
        var events = await db.Events.AsNoTracking().Include(e => e.Location).Include(e => e.Actors).ThenInclude(a => a.Actor).Include(e => e.Sources).ToListAsync();
        var names = events.ToDictionary(e => e.Id, e =>
            $"{e.Type}|{e.SubType}|{e.Date}|{e.DateEnd}|{e.DatePrecision}|{e.Location?.Key}|{e.LocationName}|{e.Country}|{e.Admin1}|{e.Fatalities}|{e.Summary}|{e.Confidence}|{e.ActorTypes}");
        var lines = new List<string>();
        foreach (var e in events)
        {
            lines.Add($"event {names[e.Id]} actors=[{string.Join(";", e.Actors.Select(a => $"{a.Actor.Name}/{a.Role}/{a.EventDate}").Order())}]"
                + $" sources=[{string.Join(";", e.Sources.Select(s => $"{urls[s.ArticleId]}:{s.Fatalities}:{s.Summary}:{s.Confidence}:{s.SpanStart}-{s.SpanEnd}:{s.Outlet}:{s.Country}:{s.EventDate}").Order())}]");
        }
        string Event(long? id) => id is { } v ? names[v] : "-";
        foreach (var a in await db.Articles.AsNoTracking().ToListAsync())
            lines.Add($"article {urls[a.Id]} {a.ExtractorVersion} {a.ContentHash} {a.ExtractionJson.Length} {a.Title} {a.Source} {a.PublishedAt}");
        foreach (var t in await db.Tolls.AsNoTracking().ToListAsync())
            lines.Add($"toll {urls[t.ArticleId]} {t.Kind} {t.Min}-{t.Max}/{t.Best} {t.Victims} {t.SpanStart}-{t.SpanEnd} {t.IncludesJson} in {Event(t.EventId)}");
        foreach (var c in await db.Claims.AsNoTracking().ToListAsync())
            lines.Add($"claim {urls[c.ArticleId]} {c.Speaker} {c.Verb} {c.Text} {c.SpanStart}-{c.SpanEnd} in {Event(c.EventId)}");
        foreach (var p in await db.People.AsNoTracking().ToListAsync())
            lines.Add($"person {urls[p.ArticleId]} {p.Name} {p.Role} {string.Join(",", p.Spans)}");
        foreach (var m in await db.ArticleLocations.AsNoTracking().Include(m => m.Location).ToListAsync())
            lines.Add($"place {urls[m.ArticleId]} {m.Location.Key} {m.Text} {string.Join(",", m.Spans)}");
        foreach (var m in await db.ArticleActors.AsNoTracking().Include(m => m.Actor).ToListAsync())
            lines.Add($"actor {urls[m.ArticleId]} {m.Actor.Name} {m.Text} {string.Join(",", m.Spans)}");
        // the daily stats as the dashboard reads them: a bucket counting nothing is no bucket
        foreach (var d in await db.DailyEventStats.AsNoTracking().Where(d => d.Events != 0 || d.Fatalities != 0 || d.FatalitiesLow != 0 || d.FatalitiesHigh != 0).ToListAsync())
            lines.Add($"daily {d.Day} {d.Country} {d.Admin1} {d.Type} {d.ActorType}: {d.Events} {d.Fatalities} {d.FatalitiesLow}-{d.FatalitiesHigh}");
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
