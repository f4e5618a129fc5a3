using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>The facts of one article that events are built from.</summary>
public sealed record ArticleFacts(
    AnalyzedText Text,
    DateOnly? PublishedAt,
    IReadOnlyList<LocationResult> Locations,
    IReadOnlyList<ActorResult> Actors,
    IReadOnlyList<PersonResult> People,
    IReadOnlyList<TollResult> Tolls,
    IReadOnlyList<ClaimResult> Claims,
    IReadOnlyList<DateMention> Dates);

/// <summary>
/// Builds an article's events: one frame per event sentence, frames merged into incidents, and each incident given
/// its date (from the text, else the publication date as an estimate), place, actors with roles, tolls and claims.
/// </summary>
public sealed class EventBuilder(EventTriggers triggers)
{
    private readonly FrameFinder _frames = new(triggers);

    public static EventBuilder LoadDefault() => new(EventTriggers.LoadDefault());

    public IReadOnlyList<EventResult> Build(ArticleFacts facts)
    {
        var frames = _frames.Find(facts);
        AttachOrphanTolls(frames, facts.Tolls);
        var incidents = IncidentMerger.Merge(frames);
        var fallbackPlace = MainPlace(facts.Locations);
        return incidents.Select(i => ToEvent(i, facts, fallbackPlace)).ToList();
    }

    // A toll in a sentence without a trigger ("The death toll rose to 40.") belongs to the nearest earlier event frame.
    private static void AttachOrphanTolls(List<EventFrame> frames, IReadOnlyList<TollResult> tolls)
    {
        if (frames.Count == 0) return;
        foreach (var toll in tolls)
        {
            if (frames.Any(f => f.Tolls.Contains(toll))) continue;
            var host = frames.LastOrDefault(f => f.SentenceSpan.Start <= toll.Span.Start) ?? frames[0];
            host.Tolls.Add(toll);
        }
    }

    private static EventResult ToEvent(List<EventFrame> incident, ArticleFacts facts, LocationResult? fallbackPlace)
    {
        var lead = incident.OrderByDescending(f => f.Trigger.Weight).ThenBy(f => f.Sentence).First();
        var date = incident.Select(f => f.Date).OfType<DateMention>().OrderBy(d => d.End.DayNumber - d.Start.DayNumber).FirstOrDefault();
        var place = FrameFinder.MostSpecific(incident.Select(f => f.Location).OfType<LocationResult>());
        var actors = incident.SelectMany(f => f.Actors).GroupBy(a => a.Name).Select(g => g.OrderBy(a => a.Role).First()).ToList();
        var tolls = incident.SelectMany(f => f.Tolls).Distinct().ToList();
        var claims = incident.SelectMany(f => f.Claims).Distinct().ToList();
        var subType = RefineSubType(lead.Trigger, actors);

        var confidence = 0.35 * lead.Trigger.Weight + (date is not null ? 0.2 : 0) + (place is not null ? 0.2 : 0)
                         + (actors.Count > 0 ? 0.15 : 0) + (tolls.Count > 0 ? 0.1 : 0);
        return new EventResult(
            lead.Trigger.Type, subType,
            date?.Start ?? facts.PublishedAt, date is not null && date.End != date.Start ? date.End : null,
            date?.Precision ?? (facts.PublishedAt is null ? "unknown" : "estimated"),
            place ?? fallbackPlace, actors, Fatalities.Best(tolls), tolls, claims,
            facts.Text.Of(lead.SentenceSpan).Trim(), Math.Round(Math.Min(confidence, 0.99), 2), lead.SentenceSpan);
    }

    // The same trigger means different things by who acts: state forces taking ground back, rebels taking it.
    private static string RefineSubType(EventTrigger trigger, List<EventActor> actors)
    {
        var initiator = actors.FirstOrDefault(a => a.Role == "actor1")?.Type;
        return trigger.SubType switch
        {
            "Non-state actor overtakes territory" when initiator is "state_forces" => "Government regains territory",
            "Government regains territory" when initiator is "rebel_group" or "identity_militia" or "political_militia" => "Non-state actor overtakes territory",
            _ => trigger.SubType,
        };
    }

    // Where the article happens when a sentence doesn't say: its most-mentioned specific place.
    private static LocationResult? MainPlace(IReadOnlyList<LocationResult> locations) =>
        locations.Where(l => FrameFinder.Specificity(l.Precision) >= 3)
            .OrderByDescending(l => l.Spans.Count).ThenBy(l => l.Spans[0].Start).FirstOrDefault();
}
