using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Reads each sentence for an event: a trigger phrase that is not hypothetical, negated or background,
/// with the sentence's own date, place, actors, tolls and claims. A sentence that only refers back to an event
/// ("the toll from that strike") adds its figures to the frame before it instead of opening a new one.
/// </summary>
internal sealed class FrameFinder(EventTriggers triggers)
{
    // Words just before a trigger that make it something not (yet) happened: "vowed to repel the attack", "would attack".
    private static readonly HashSet<string> Irrealis = ["to", "will", "would", "could", "might", "may", "not", "no", "never", "threatened", "vowed", "plan", "plans", "planned", "prevent", "avoid", "against"];

    // Determiners that point back at an event already told: "that strike", "the attack", "this week's fighting".
    private static readonly HashSet<string> Anaphoric = ["that", "this", "same", "those", "these"];

    // Nouns that name an event without saying what kind: after "the" they point back at one already told.
    private static readonly HashSet<string> GenericNouns = ["attack", "attacks", "assault", "offensive", "violence", "fighting", "raid", "incident"];

    internal const int BackgroundDays = 30;

    // Actor types that report events rather than take part in them.
    internal static readonly HashSet<string> SourceTypes = ["monitor", "media", "international_org"];

    public List<EventFrame> Find(ArticleFacts facts)
    {
        var text = facts.Text;
        var locations = Flatten(facts.Locations, l => l.Spans);
        var actors = Flatten(facts.Actors, a => a.Spans);
        var frames = new List<EventFrame>();
        var speakers = facts.Claims.Select(c => c.SpeakerSpan).OfType<TextSpan>().ToList();
        DateMention? paragraphDate = null;
        var paragraph = -1;

        foreach (var sentence in text.Sentences)
        {
            if (sentence.Paragraph != paragraph) { paragraph = sentence.Paragraph; paragraphDate = null; }
            var span = sentence.Span;
            var dates = facts.Dates.Where(d => span.Contains(d.Span)).ToList();
            var eventDate = dates.FirstOrDefault(d => !d.Background);
            // A sentence dated only by background years ("since 2016, when...") is history, not news.
            if (eventDate is null && dates.Count > 0) continue;
            if (eventDate is not null) paragraphDate = eventDate;
            var date = eventDate ?? paragraphDate;
            // News reports the last days; a dated event a month or more before publication is background.
            if (eventDate is not null && facts.PublishedAt is { } published && eventDate.End.DayNumber < published.DayNumber - BackgroundDays) continue;

            var triggers = Triggers(sentence).ToList();
            // With an event told in this paragraph or the one before, a bare toll is that event's (EventBuilder.AttachOrphanTolls).
            if (triggers.Count == 0 && (frames.Count == 0 || frames[^1].Paragraph < sentence.Paragraph - 1)
                && HarmWithoutTrigger(sentence, facts.Tolls, date) is { } harm) triggers.Add(harm);
            foreach (var (trigger, triggerSpan, first, anaphoric) in triggers)
            {
                var tolls = facts.Tolls.Where(t => span.Contains(t.Span) && !Cumulative(t, date)).ToList();
                if (anaphoric && frames.Count > 0)
                {
                    frames[^1].Tolls.AddRange(tolls.Where(t => !frames[^1].Tolls.Contains(t)));
                    continue;
                }
                var claims = facts.Claims.Where(c => c.Span.Overlaps(span)).ToList();
                if (claims.Any(c => c.Stance is "threat" or "promise" && c.Span.Contains(triggerSpan))) continue;

                var sentencePlaces = locations.Where(l => span.Contains(l.Span)).ToList();
                if (IsTerritorial(trigger) && !TerritoryFollows(sentence, first, sentencePlaces)) continue;
                // "Government forces said Houthi fighters had seized...": who speaks is not a party to what is told.
                var frameActors = Roles(actors.Where(a => span.Contains(a.Span) && Near(sentence, a.Span, triggerSpan)
                    && !speakers.Any(sp => sp.Contains(a.Span))).ToList(), triggerSpan, trigger);
                var place = PlaceChooser.Choose(sentence, triggerSpan, sentencePlaces, text.Text);
                // Weak triggers ("attack", "advance") need something concrete beside them to count as an event.
                var grounded = place is not null || frameActors.Count > 0 || tolls.Count > 0 || eventDate is not null;
                if (trigger.Weight < 0.5 || (trigger.Weight < 0.7 && !grounded)) continue;

                frames.Add(new EventFrame(sentence.Index, sentence.Paragraph, span, triggerSpan, trigger, date, place, frameActors, tolls, claims));
            }
        }
        return frames;
    }

    // "At least 12 civilians were killed on Sunday in Omdurman": a current death or injury toll is an event even when no
    // word says how; it is violence against civilians when they are the ones counted, else an armed clash. A running
    // total ("since the war began") is not.
    private static (EventTrigger, TextSpan, int, bool)? HarmWithoutTrigger(Sentence sentence, IReadOnlyList<TollResult> tolls, DateMention? date)
    {
        var toll = tolls.FirstOrDefault(t => sentence.Span.Contains(t.Span) && t.Kind is "killed" or "injured" or "killed_or_injured" && !Cumulative(t, date));
        if (toll is null || IsRunningTotal(sentence)) return null;
        var civilians = toll.Victims is { } v && CivilianWords.Contains(v.ToLowerInvariant());
        var trigger = civilians ? new EventTrigger("Violence against civilians", "Attack", 0.55) : new EventTrigger("Battles", "Armed clash", 0.5);
        var first = sentence.Tokens.First(t => t.Span.Start >= toll.Span.Start).Index;
        return (trigger, toll.Span, first, false);
    }

    internal static readonly HashSet<string> CivilianWords = ["civilians", "civilian", "people", "residents", "children", "women", "villagers", "students", "worshippers", "families", "farmers", "passengers", "journalists", "aid workers"];

    private static readonly HashSet<string> RunningTotalMarkers = ["since", "total", "overall", "cumulative", "altogether"];

    /// <summary>Words that make a sentence's figures a running total rather than one incident's: "since September", "so far".</summary>
    internal static bool IsRunningTotal(Sentence sentence)
    {
        var t = sentence.Tokens;
        for (var i = 0; i < t.Count; i++)
            if (RunningTotalMarkers.Contains(t[i].Norm) || t[i].Norm == "so" && i + 1 < t.Count && t[i + 1].Norm == "far") return true;
        return false;
    }

    /// <summary>A toll counted over a period that began well before the event ("59,000 killed since the war began") is not the event's.</summary>
    internal static bool Cumulative(TollResult toll, DateMention? eventDate)
    {
        if (toll.Date is not { } start || toll.DateEnd is not { } end || end.DayNumber - start.DayNumber < 7) return false;
        return eventDate is null || start.DayNumber < eventDate.Start.DayNumber - 7;
    }

    // The strongest trigger of each event type in the sentence, skipping hypothetical and negated ones.
    private IEnumerable<(EventTrigger Trigger, TextSpan Span, int First, bool Anaphoric)> Triggers(Sentence sentence)
    {
        var best = new Dictionary<string, (EventTrigger Trigger, TextSpan Span, int First, bool Anaphoric)>();
        foreach (var m in triggers.Index.MatchAll(sentence.Tokens))
        {
            if (IsIrrealis(sentence.Tokens, m.First)) continue;
            var anaphoric = m.Value.Weight < 0.95 && IsAnaphoric(sentence.Tokens, m.First);
            if (!best.TryGetValue(m.Value.Type, out var current) || m.Value.Weight > current.Trigger.Weight)
                best[m.Value.Type] = (m.Value, m.Span, m.First, anaphoric);
        }
        var strongest = best.Values.Select(b => b.Trigger.Weight).DefaultIfEmpty(0).Max();
        // A second event type in one sentence must be fairly sure of itself: "clashing ... after blowing up two car bombs".
        return best.Values.Where(b => b.Trigger.Weight >= Math.Min(0.6, strongest)).OrderBy(b => b.Span.Start);
    }

    private static bool IsIrrealis(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (Irrealis.Contains(tokens[k].Norm)) return true;
            if (tokens[k].Kind == TokenKind.Punct && tokens[k].Norm != "-") break;
        }
        return false;
    }

    // "that strike", "the same attack", "the camp attack", "responsibility for the attack": a pointing determiner, "the"
    // before a generic event noun, or "the" with a noun that names the target. (Only once an event has been told:
    // the caller opens a frame when there is none before.)
    private static bool IsAnaphoric(IReadOnlyList<Token> tokens, int first)
    {
        if (first >= 1 && Anaphoric.Contains(tokens[first - 1].Norm)) return true;
        if (first >= 1 && tokens[first - 1].Norm is "the" or "its" or "their" && GenericNouns.Contains(tokens[first].Norm)) return true;
        return first >= 2 && tokens[first - 1].Norm is "camp" or "market" or "school" or "hospital" && tokens[first - 2].Norm is "the" or "that" or "this";
    }

    private static List<EventActor> Roles(List<(TextSpan Span, ActorResult Value)> mentions, TextSpan trigger, EventTrigger t)
    {
        var roles = new List<EventActor>();
        foreach (var (span, actor) in mentions)
        {
            if (SourceTypes.Contains(actor.Type) || roles.Any(r => r.Name == actor.Name)) continue;
            var role = actor.Type is "civilians" || span.Start > trigger.End ? "actor2" : "actor1";
            if (t.Type == "Strategic developments" && t.SubType == "Agreement") role = "associated";
            roles.Add(new EventActor(actor.Name, role, actor.Type));
        }
        // An event always has an initiator when an armed actor is named: "Shelling between M23 and the army" opens with
        // the trigger, and "airstrikes by Russian jets" names the attacker after it.
        if (!roles.Any(r => r.Role == "actor1") && roles.FindIndex(r => r.Type != "civilians") is var i and >= 0)
            roles[i] = roles[i] with { Role = "actor1" };
        return roles;
    }

    // Nouns for ground that changes hands: "seized two hilltops" is territory, "seized 20 assault rifles" is not.
    private static readonly HashSet<string> TerritoryNouns =
    [
        "town", "towns", "village", "villages", "city", "cities", "hilltop", "hilltops", "hill", "hills", "base", "bases", "area", "areas",
        "positions", "position", "territory", "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
        "checkpoint", "checkpoints", "camp", "airport", "airbase", "crossing", "border", "province", "region", "locality", "localities",
        "outskirts", "centre", "center", "capital", "port", "highway", "road", "bridge", "headquarters", "garrison", "front", "island",
        "outpost", "outposts", "post", "posts", "barracks", "stronghold", "strongholds", "compound", "settlement", "settlements", "township",
        "townships", "municipality", "zone", "sector", "suburb", "suburbs", "quarter", "valley", "ridge", "heights", "mine", "mines", "oilfield",
    ];

    private static bool IsTerritorial(EventTrigger t) => t.SubType is "Non-state actor overtakes territory" or "Government regains territory";

    // Prepositions that end the object and start a where or when: "seized 20 rifles | in Culiacan".
    private static readonly HashSet<string> ObjectEnd = ["in", "at", "near", "on", "from", "during", "after", "before", "while", "as", "and", ","];

    // The trigger's object names ground: a place ("seized Saraqib", "took control of Aleppo") or a territory noun.
    private static bool TerritoryFollows(Sentence sentence, int trigger, List<(TextSpan Span, LocationResult Value)> places)
    {
        var tokens = sentence.Tokens;
        var last = Math.Min(tokens.Count - 1, trigger + 8);
        for (var k = trigger + 1; k <= last; k++)
        {
            var token = tokens[k];
            if (places.Any(p => p.Span.Start == token.Span.Start) || TerritoryNouns.Contains(token.Norm)) return true;
            if (ObjectEnd.Contains(token.Norm)) return false;
        }
        return false;
    }

    // Who takes part is named close to the trigger; an actor a dozen words away in a long sentence is usually in another clause.
    private const int ActorWindow = 12;

    private static bool Near(Sentence sentence, TextSpan actor, TextSpan trigger)
    {
        int a = -1, t = -1;
        foreach (var token in sentence.Tokens)
        {
            if (a < 0 && token.Span.End > actor.Start) a = token.Index;
            if (t < 0 && token.Span.End > trigger.Start) t = token.Index;
        }
        return a >= 0 && t >= 0 && Math.Abs(a - t) <= ActorWindow;
    }

    internal static LocationResult? MostSpecific(IEnumerable<LocationResult> places) =>
        places.OrderByDescending(l => PlaceChooser.Specificity(l.Precision)).FirstOrDefault();

    private static List<(TextSpan Span, T Value)> Flatten<T>(IReadOnlyList<T> items, Func<T, IReadOnlyList<TextSpan>> spans) =>
        items.SelectMany(i => spans(i).Select(s => (s, i))).OrderBy(p => p.s.Start).ToList();
}
