using NewsEvents.Extraction.Actors;
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
/// its date (from the text, else the publication date as an estimate), place, actors with roles as ACLED names them,
/// tolls and claims. A toll belongs to one incident only, so that summing events' fatalities never counts a death twice.
/// </summary>
public sealed class EventBuilder
{
    private readonly CivilianVictims _civilians;
    private readonly FrameFinder _frames;
    private readonly RoleActors _roles;

    public EventBuilder(EventTriggers triggers, WordClasses words) : this(triggers, EventWords.LoadDefault(), RoleActors.Load(), words) { }

    internal EventBuilder(EventTriggers triggers, EventWords words, RoleActors roles, WordClasses wordClasses)
    {
        _civilians = new CivilianVictims(wordClasses);
        _frames = new FrameFinder(triggers, words, _civilians, wordClasses);
        _roles = roles;
    }

    public static EventBuilder LoadDefault() => new(EventTriggers.LoadDefault(), WordClasses.LoadDefault());

    public IReadOnlyList<EventResult> Build(ArticleFacts facts)
    {
        var country = StoryCountry(facts);
        var frames = _frames.Find(facts, country);
        AttachOrphanTolls(frames, facts.Tolls, facts.Text);
        var incidents = IncidentMerger.Merge(frames, facts.Text);
        OneIncidentPerToll(incidents);
        incidents = incidents.Where((i, k) => k == 0 || HasAReasonToExist(i)).ToList();
        var fallbackPlace = MainPlace(facts.Locations);
        // An undated sentence is most often about the story's main incident: take the first dated frame's day as an estimate.
        var ledeDate = frames.Select(f => f.Date).FirstOrDefault(d => d is not null);
        var events = incidents.Select(i => ToEvent(i, facts, country, fallbackPlace, ledeDate)).ToList();
        ClaimedBy(events, facts);
        LedeBreakdown.Apply(events, facts.Text);
        return events;
    }

    private static readonly HashSet<string> ViolentTypes = ["Battles", "Explosions/Remote violence", "Violence against civilians"];

    // "The militants later claimed the bombing": the claimer is the perpetrator of the armed event told before the
    // claim, as claimed (alleged); an "unidentified armed group" put there for want of a name gives way to it.
    private static void ClaimedBy(List<EventResult> events, ArticleFacts facts)
    {
        foreach (var claim in facts.Claims)
        {
            if (claim.Stance != "claim_of_responsibility" || claim.SpeakerActor is not { } name) continue;
            var k = events.FindLastIndex(e => ViolentTypes.Contains(e.Type) && e.Span.Start <= claim.Span.Start);
            if (k < 0 || facts.Actors.FirstOrDefault(a => a.Name == name) is not { } actor || events[k].Actors.Any(a => a.Name == name)) continue;
            var claimer = new EventActor(actor.Name, "actor1", actor.Type, actor.AcledName ?? actor.Name, Alleged: true);
            var kept = events[k].Actors.Where(a => !(a.Role == "actor1" && a.AcledName is { } n && n.StartsWith("Unidentified Armed Group", StringComparison.Ordinal)));
            events[k] = events[k] with { Actors = [claimer, .. kept] };
        }
    }

    private static bool Protest(string subType) => subType is "Peaceful protest" or "Protest with intervention";

    // A toll in a sentence without a trigger ("The death toll rose to 40.") belongs to the nearest earlier event frame
    // of the same or the previous paragraph; a count over a long period ("59,000 killed since the war began") to none.
    // "She had lost a son in the 2009 siege, which killed 30": a sentence that names a year other than the
    // event's tells of another time
    private static bool NamesAnotherYear(Sentence sentence, DateMention? date)
    {
        if (date is null) return false;
        foreach (var t in sentence.Tokens)
            if (t.IsNumber && t.Norm.Length == 4 && int.TryParse(t.Norm, out var year) && year is >= 1900 and <= 2100
                && year != date.Start.Year && year != date.End.Year) return true;
        return false;
    }

    private static void AttachOrphanTolls(List<EventFrame> frames, IReadOnlyList<TollResult> tolls, AnalyzedText text)
    {
        var held = frames.SelectMany(f => f.Tolls).ToHashSet(ReferenceEqualityComparer.Instance);
        var bySentence = SentenceBuckets.Of(text, tolls, t => t.Span);
        foreach (var toll in tolls)
        {
            if (held.Contains(toll)) continue;
            var sentence = text.SentenceAt(toll.Span.Start);
            if (Tallies.IsRunningTotal(sentence)
                || Tallies.Earlier(toll, sentence, bySentence[sentence.Index].Where(t => sentence.Span.Contains(t.Span)).ToList())) continue;
            var paragraph = sentence.Paragraph;
            var host = frames.LastOrDefault(f => f.SentenceSpan.Start <= toll.Span.Start && f.Paragraph >= paragraph - 1);
            if (host is not null && !Tallies.Cumulative(toll, host.Date) && !NamesAnotherYear(sentence, host.Date)) host.Tolls.Add(toll);
        }
    }

    // Two events of one sentence ("shelling hit the market and clashes followed, killing 12") would both carry its toll;
    // it stays with the incident whose trigger stands nearest to it.
    private static void OneIncidentPerToll(List<List<EventFrame>> incidents)
    {
        if (incidents.Count < 2) return;
        // the stages' own objects: by reference, which is also what makes two mentions one toll
        var holders = new Dictionary<TollResult, List<(int Incident, EventFrame Frame)>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < incidents.Count; i++)
            foreach (var f in incidents[i])
                foreach (var t in f.Tolls)
                {
                    if (!holders.TryGetValue(t, out var list)) holders[t] = list = [];
                    list.Add((i, f));
                }
        foreach (var (toll, list) in holders)
        {
            if (list.Select(x => x.Incident).Distinct().Count() < 2) continue;
            var keep = list.OrderBy(x => x.Frame.SentenceSpan.Contains(toll.Span) ? 0 : 1)
                .ThenBy(x => Math.Abs(x.Frame.TriggerSpan.Start - toll.Span.Start)).First().Incident;
            foreach (var (i, f) in list)
                if (i != keep) f.Tolls.RemoveAll(t => ReferenceEquals(t, toll));
        }
    }

    // A further incident is worth an event when it says where (more than a country), what it cost or what ground changed hands: "Russia launched 112
    // drones at Ukraine overnight" after the report of the strike on Kharkiv is a tally, not another incident.
    private static bool HasAReasonToExist(List<EventFrame> incident) =>
        incident.Any(f => f.Tolls.Any(t => t.Kind != "displaced")) || incident.Any(f => f.Location is { } l && PlaceChooser.Specificity(l.Precision) >= 2)
        || incident.Any(f => Territory.IsTerritorial(f.Trigger) && f.Type == "Battles");

    private EventResult ToEvent(List<EventFrame> incident, ArticleFacts facts, string? country, LocationResult? fallbackPlace, DateMention? ledeDate)
    {
        // What an incident brings with it (looting, arrests) never leads it.
        // nor does a harm word beside a word for the act itself ("shelled ... two civilians were killed")
        var lead = incident.OrderBy(f => f.Type == "Strategic developments" && incident.Any(g => g.Violent || g.Demonstration) ? 1 : 0)
            .ThenBy(f => f.Trigger.Harm ? 1 : 0).ThenByDescending(f => f.Trigger.Weight).ThenBy(f => f.Sentence).First();
        var date = (lead.OwnDate ? lead.Date : null) ?? incident.FirstOrDefault(f => f.OwnDate)?.Date ?? incident.Select(f => f.Date).FirstOrDefault(d => d is not null)
                   ?? incident.Select(f => f.ReportDate).FirstOrDefault(d => d is not null);
        var place = FrameFinder.MostSpecific(incident);
        var named = incident.SelectMany(f => f.Actors).GroupBy(a => a.Name).Select(g => g.First() with { Alleged = g.All(a => a.Alleged) }).ToList();
        var tolls = incident.SelectMany(f => f.Tolls).Distinct(ReferenceEqualityComparer.Instance).Cast<TollResult>().ToList();
        var claims = incident.SelectMany(f => f.Claims).Distinct(ReferenceEqualityComparer.Instance).Cast<ClaimResult>().ToList();
        var (type, subType) = EventTyping.OfIncident(incident, lead, named, tolls, facts.Text.Text, _civilians);
        // who did what to whom, by the incident's acts (the looting or arrests alone when it is nothing more)
        var acts = incident.Where(f => f.Violent || f.Trigger.Type == EventTrigger.Attack || f.Demonstration).ToList();
        var sides = (acts.Count > 0 ? acts : incident).Aggregate(default(Sides), (s, f) => s | f.Sides);
        var actors = IncidentActors.Of(named, facts.Actors, type, subType, sides, CountryOf(place, facts.Locations) ?? country, _roles,
            place is { Precision: "city" or "town" or "village" });

        var confidence = 0.35 * lead.Trigger.Weight + (date is not null ? 0.2 : 0) + (place is not null ? 0.2 : 0)
                         + (named.Count > 0 ? 0.15 : 0) + (tolls.Count > 0 ? 0.1 : 0);
        var estimate = ledeDate?.Start ?? facts.PublishedAt;
        return new EventResult(
            type, subType,
            date?.Start ?? estimate, date is not null && date.End != date.Start ? date.End : null,
            date?.Precision ?? (estimate is null ? "unknown" : "estimated"),
            place ?? fallbackPlace, actors, Protest(subType) && ProtestCauses.AllKillingsAreCauses(tolls, facts.Text) ? 0 : Fatalities.Best(tolls, facts.Text), tolls, claims,
            facts.Text.Of(lead.SentenceSpan).Trim(), Math.Round(Math.Min(confidence, 0.99), 2), lead.SentenceSpan);
    }

    // The country the story is about: that of most of its places, else of most of its actors (a place resolved to a
    // territory no actor is named for, "Le Port" for Port-au-Prince, says less than the actors do).
    private string? StoryCountry(ArticleFacts facts) =>
        DominantCountry.Of(facts.Locations.Where(l => _roles.Knows(l.Country)).ToList(), [], [])
        ?? facts.Actors.Where(a => a.Country is not null && a.Type != "external_force").GroupBy(a => a.Country!)
            .OrderByDescending(g => g.Sum(a => a.Spans.Count)).Select(g => g.Key).FirstOrDefault();

    // "In Russia's Belgorod region, a drone hit a minibus": the civilians of an event abroad are that country's, when the
    // text names the country more than once (a single place resolved abroad is more often a wrong reading).
    private static string? CountryOf(LocationResult? place, IReadOnlyList<LocationResult> locations) =>
        place?.Country is { } c && locations.Count(l => l.Country == c) >= 2 ? c : null;

    // Where the article happens when a sentence doesn't say: its most-mentioned specific place.
    private static LocationResult? MainPlace(IReadOnlyList<LocationResult> locations) =>
        locations.Where(l => PlaceChooser.Specificity(l.Precision) >= 3)
            .OrderByDescending(l => l.Spans.Count).ThenBy(l => l.Spans[0].Start).FirstOrDefault();
}
