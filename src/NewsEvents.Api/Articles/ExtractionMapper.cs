using Microsoft.EntityFrameworkCore;
using NewsEvents.Data;
using NewsEvents.Data.Entities;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Articles;

/// <summary>
/// Turns one <see cref="ExtractionResult"/> into entities attached to a new <see cref="Article"/>. Places and actors are
/// shared rows (looked up, else created); an event that matches a stored one (same type and place, date within a day)
/// becomes another source of that event instead of a second event, keeping each article's own figures beside it.
/// The numerous per-article rows (claims, tolls, event sources, place mentions) come back as <see cref="PendingRows"/>
/// for one multi-row INSERT each after SaveChanges. Must run inside the caller's transaction: it reads shared rows it
/// then links to.
/// </summary>
public sealed partial class ExtractionMapper(NewsEventsDbContext db)
{
    /// <returns>The article's claims and tolls, each with the event it belongs to: <see cref="PendingRows.WriteAsync"/>
    /// writes them after SaveChanges, once the article's and the events' ids are known.</returns>
    public async Task<PendingRows> MapAsync(Article article, ExtractionResult extraction, DateTime now, CancellationToken ct)
    {
        var locations = await ResolveLocationsAsync(extraction, ct);
        var actors = await ResolveActorsAsync(extraction, ct);

        var places = new List<(ArticleLocation Mention, Location Location)>();
        foreach (var found in extraction.Locations)
        {
            var location = locations[LocationKey(found)];
            var known = places.FindIndex(p => p.Location == location);
            if (known < 0) places.Add((new ArticleLocation { Text = Clip(found.Text, 200)!, Spans = ToSpans(found.Spans) }, location));
            else places[known].Mention.Spans.AddRange(ToSpans(found.Spans));
        }
        foreach (var found in extraction.Actors)
        {
            var actor = actors[found.Name];
            var mention = article.Actors.FirstOrDefault(m => m.Actor == actor);
            if (mention is null) article.Actors.Add(new ArticleActor { Actor = actor, Text = Clip(found.Text, 200)!, Spans = ToSpans(found.Spans) });
            else mention.Spans.AddRange(ToSpans(found.Spans));
        }
        article.People.AddRange(extraction.People.Select(p => new Person { Name = Clip(p.Name, 200)!, Role = Clip(p.Role, 300), Affiliation = Clip(p.Affiliation, 200), Spans = ToSpans(p.Spans) }));

        // Value equality: an event's toll is the article's toll even when the engine built a second, equal record.
        var tolls = new Dictionary<TollResult, Toll>();
        var claims = new Dictionary<ClaimResult, Claim>();
        var claimEvents = new Dictionary<Claim, Event>();
        var tollEvents = new Dictionary<Toll, Event>();
        var sources = new List<(EventSource Source, Event Event)>();
        foreach (var toll in extraction.Tolls.Concat(extraction.Events.SelectMany(e => e.Tolls))) TollFor(toll);
        foreach (var claim in extraction.Claims.Concat(extraction.Events.SelectMany(e => e.Claims))) ClaimFor(claim);

        var stored = await StoredCandidatesAsync(extraction.Events, locations, ct);
        foreach (var found in extraction.Events)
        {
            var location = found.Location is null ? null : locations[LocationKey(found.Location)];
            var target = SameIncident(found, location, stored) ?? NewEvent(found, location, now);
            // A new source joined (or the event is new): sync clients see it through updatedSince.
            target.UpdatedAt = now;
            if (found.Fatalities is { } killed) target.Fatalities = MergedFatalities(target.Fatalities, killed);
            if (!sources.Any(s => s.Event == target))
                sources.Add((new EventSource { Fatalities = found.Fatalities, Summary = Clip(found.Summary, 2000)!, Confidence = found.Confidence, SpanStart = found.Span.Start, SpanEnd = found.Span.End }, target));
            foreach (var part in found.Actors)
                if (!target.Actors.Any(a => a.Actor == actors[part.Name] && a.Role == part.Role))
                {
                    target.Actors.Add(new Data.Entities.EventActor { Actor = actors[part.Name], Role = part.Role });
                    target.ActorTypes |= ActorTypeMask.Bit(actors[part.Name].Type);
                }
            foreach (var toll in found.Tolls) tollEvents[tolls[toll]] = target;
            foreach (var claim in found.Claims) claimEvents[claims[claim]] = target;
        }

        return new PendingRows(
            claims.Values.Select(c => (c, claimEvents.GetValueOrDefault(c))).ToList(),
            tolls.Values.Select(t => (t, tollEvents.GetValueOrDefault(t))).ToList(),
            sources, places);

        Toll TollFor(TollResult t)
        {
            if (tolls.TryGetValue(t, out var existing)) return existing;
            var toll = new Toll
            {
                Kind = Clip(t.Kind, 30)!, Min = t.Min, Max = t.Max, Best = t.Best, Qualifier = Clip(t.Qualifier, 30), Vague = Clip(t.Vague, 30),
                Victims = Clip(t.Victims, 200), AttributedTo = Clip(t.AttributedTo, 300), Date = t.Date, DateEnd = t.DateEnd,
                Location = Clip(t.Location, 200), Side = Clip(t.Side, 100),
                SpanStart = t.Span.Start, SpanEnd = t.Span.End,
                IncludesJson = t.Includes.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(t.Includes, JsonDefaults.Web),
            };
            return tolls[t] = toll;
        }

        Claim ClaimFor(ClaimResult c)
        {
            if (claims.TryGetValue(c, out var existing)) return existing;
            var claim = new Claim
            {
                Speaker = Clip(c.Speaker, 300)!, SpeakerActor = Clip(c.SpeakerActor, 200), Verb = Clip(c.Verb, 50)!, Stance = Clip(c.Stance, 40)!,
                Direct = c.Direct, Text = c.Text,
                SpanStart = c.Span.Start, SpanEnd = c.Span.End,
            };
            return claims[c] = claim;
        }
    }

    private Event NewEvent(EventResult found, Location? location, DateTime now)
    {
        var created = new Event
        {
            Type = Clip(found.Type, 60)!, SubType = Clip(found.SubType, 80)!, Date = found.Date, DateEnd = found.DateEnd,
            DatePrecision = Clip(found.DatePrecision, 20)!, Location = location, LocationName = location?.Name, Country = location?.Country,
            Admin1 = location?.Admin1, Summary = Clip(found.Summary, 2000)!, Confidence = found.Confidence, CreatedAt = now, UpdatedAt = now,
        };
        db.Events.Add(created);
        return created;
    }

    private async Task<Dictionary<string, Location>> ResolveLocationsAsync(ExtractionResult extraction, CancellationToken ct)
    {
        var wanted = extraction.Locations.Concat(extraction.Events.Select(e => e.Location).OfType<LocationResult>())
            .GroupBy(LocationKey).ToDictionary(g => g.Key, g => g.First());
        if (wanted.Count == 0) return [];
        var keys = wanted.Keys.ToList();
        var stored = await db.Locations.Where(l => keys.Contains(l.Key)).ToDictionaryAsync(l => l.Key, ct);
        foreach (var (key, l) in wanted)
        {
            if (stored.ContainsKey(key)) continue;
            var location = new Location
            {
                Key = key, Name = Clip(l.Name, 200)!, Country = Clip(l.Country, 2), Admin1 = Clip(l.Admin1, 200), Latitude = l.Latitude,
                Longitude = l.Longitude, GeonameId = l.GeonameId, Precision = Clip(l.Precision, 20)!, Kind = Clip(l.Kind, 30), Parent = Clip(l.Parent, 200),
            };
            db.Locations.Add(location);
            stored[key] = location;
        }
        return stored;
    }

    private async Task<Dictionary<string, Actor>> ResolveActorsAsync(ExtractionResult extraction, CancellationToken ct)
    {
        var types = extraction.Actors.Select(a => (a.Name, a.Type, a.Country, a.Parent))
            .Concat(extraction.Events.SelectMany(e => e.Actors).Select(a => (a.Name, Type: a.Type ?? "unknown", Country: (string?)null, Parent: (string?)null)))
            .GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First());
        if (types.Count == 0) return [];
        var names = types.Keys.ToList();
        var stored = await db.Actors.Where(a => names.Contains(a.Name)).ToDictionaryAsync(a => a.Name, ct);
        foreach (var (name, a) in types)
        {
            if (stored.ContainsKey(name)) continue;
            var actor = new Actor { Name = Clip(name, 200)!, Type = Clip(a.Type, 40)!, Country = Clip(a.Country, 2), Parent = Clip(a.Parent, 200) };
            db.Actors.Add(actor);
            stored[name] = actor;
        }
        return stored;
    }

    /// <summary>The identity of a place: its gazetteer id, else its country and folded name.</summary>
    public static string LocationKey(LocationResult l)
    {
        var key = l.GeonameId is { } id ? $"g:{id}" : $"n:{l.Country ?? "-"}:{l.Name.ToLowerInvariant()}";
        return key.Length <= 300 ? key : key[..300];
    }

    /// <summary>
    /// Cuts engine output to the column's length: PostgreSQL refuses longer strings (SQLite would store them), and one
    /// over-long actor name must not fail a whole article.
    /// </summary>
    public static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];

    private static List<Span> ToSpans(IReadOnlyList<TextSpan> spans) => spans.Select(s => new Span(s.Start, s.End)).ToList();
}
