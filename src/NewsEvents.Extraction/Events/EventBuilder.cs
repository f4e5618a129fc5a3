using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Lexicon;
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
public sealed class EventBuilder
{
    private readonly CivilianVictims _civilians;
    private readonly FrameFinder _frames;

    public EventBuilder(EventTriggers triggers, WordClasses words)
    {
        _civilians = new CivilianVictims(words);
        _frames = new FrameFinder(triggers, _civilians, words);
    }

    public static EventBuilder LoadDefault() => new(EventTriggers.LoadDefault(), WordClasses.LoadDefault());

    public IReadOnlyList<EventResult> Build(ArticleFacts facts)
    {
        var frames = _frames.Find(facts);
        AttachOrphanTolls(frames, facts.Tolls, facts.Text);
        var incidents = IncidentMerger.Merge(frames);
        var fallbackPlace = MainPlace(facts.Locations);
        // An undated sentence is most often about the story's main incident: take the first dated frame's day as an estimate.
        var ledeDate = frames.Select(f => f.Date).FirstOrDefault(d => d is not null);
        return incidents.Select(i => ToEvent(i, facts, fallbackPlace, ledeDate)).ToList();
    }

    // A toll in a sentence without a trigger ("The death toll rose to 40.") belongs to the nearest earlier event frame
    // of the same or the previous paragraph; a count over a long period ("59,000 killed since the war began") to none.
    private static void AttachOrphanTolls(List<EventFrame> frames, IReadOnlyList<TollResult> tolls, AnalyzedText text)
    {
        foreach (var toll in tolls)
        {
            if (frames.Any(f => f.Tolls.Contains(toll))) continue;
            var sentence = text.SentenceAt(toll.Span.Start);
            if (Tallies.IsRunningTotal(sentence)) continue;
            var paragraph = sentence.Paragraph;
            var host = frames.LastOrDefault(f => f.SentenceSpan.Start <= toll.Span.Start && f.Paragraph >= paragraph - 1);
            if (host is not null && !Tallies.Cumulative(toll, host.Date)) host.Tolls.Add(toll);
        }
    }

    private EventResult ToEvent(List<EventFrame> incident, ArticleFacts facts, LocationResult? fallbackPlace, DateMention? ledeDate)
    {
        var lead = incident.OrderByDescending(f => f.Trigger.Weight).ThenBy(f => f.Sentence).First();
        var date = incident.Select(f => f.Date).OfType<DateMention>().OrderBy(d => d.End.DayNumber - d.Start.DayNumber).FirstOrDefault();
        var place = FrameFinder.MostSpecific(incident.Select(f => f.Location).OfType<LocationResult>());
        // An actor keeps the role of the first sentence that names it: later ones often name it in passing.
        var actors = incident.SelectMany(f => f.Actors).GroupBy(a => a.Name).Select(g => g.First()).ToList();
        var tolls = incident.SelectMany(f => f.Tolls).Distinct().ToList();
        var claims = incident.SelectMany(f => f.Claims).Distinct().ToList();
        var (type, subType) = Refine(lead.Trigger, actors, tolls);

        var confidence = 0.35 * lead.Trigger.Weight + (date is not null ? 0.2 : 0) + (place is not null ? 0.2 : 0)
                         + (actors.Count > 0 ? 0.15 : 0) + (tolls.Count > 0 ? 0.1 : 0);
        var estimate = ledeDate?.Start ?? facts.PublishedAt;
        return new EventResult(
            type, subType,
            date?.Start ?? estimate, date is not null && date.End != date.Start ? date.End : null,
            date?.Precision ?? (estimate is null ? "unknown" : "estimated"),
            place ?? fallbackPlace, actors, Fatalities.Best(tolls), tolls, claims,
            facts.Text.Of(lead.SentenceSpan).Trim(), Math.Round(Math.Min(confidence, 0.99), 2), lead.SentenceSpan);
    }


    // The same trigger means different things by who acts and who suffers: state forces taking ground back, rebels
    // taking it, and an armed group "storming" a camp and killing civilians with no armed side opposite (ACLED's
    // violence against civilians, not a battle).
    private (string Type, string SubType) Refine(EventTrigger trigger, List<EventActor> actors, List<TollResult> tolls)
    {
        var initiator = actors.FirstOrDefault(a => a.Role == "actor1")?.Type;
        if (trigger.Type == "Battles")
        {
            var armedSides = actors.Count(a => a.Type is not ("civilians" or "protesters" or "government" or "political_party"));
            var civilianDead = tolls.Any(t => t.Kind == "killed" && _civilians.Are(t.Victims));
            if (armedSides == 1 && civilianDead) return ("Violence against civilians", "Attack");
        }
        return trigger.SubType switch
        {
            "Non-state actor overtakes territory" when initiator is "state_forces" => (trigger.Type, "Government regains territory"),
            "Government regains territory" when initiator is "rebel_group" or "identity_militia" or "political_militia" => (trigger.Type, "Non-state actor overtakes territory"),
            _ => (trigger.Type, trigger.SubType),
        };
    }

    // Where the article happens when a sentence doesn't say: its most-mentioned specific place.
    private static LocationResult? MainPlace(IReadOnlyList<LocationResult> locations) =>
        locations.Where(l => PlaceChooser.Specificity(l.Precision) >= 3)
            .OrderByDescending(l => l.Spans.Count).ThenBy(l => l.Spans[0].Start).FirstOrDefault();
}
