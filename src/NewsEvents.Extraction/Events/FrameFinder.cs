using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Reads each sentence for an event: a trigger phrase that is not hypothetical, negated or background,
/// with the sentence's own date, place, actors, tolls and claims. A sentence that only refers back to an event
/// ("the toll from that strike") adds its figures to the frame before it instead of opening a new one.
/// </summary>
internal sealed class FrameFinder(EventTriggers triggers, EventWords words, CivilianVictims civilians, WordClasses wordClasses)
{
    internal const int BackgroundDays = 14;

    private const int NotConflictReach = 8;

    // An incident ACLED codes as one event lasts days, not weeks.
    private const int MaxIncidentDays = 7;

    public List<EventFrame> Find(ArticleFacts facts, string? country)
    {
        var text = facts.Text;
        var locations = Flatten(facts.Locations, l => l.Spans);
        var actors = Flatten(facts.Actors, a => a.Spans);
        var frames = new List<EventFrame>();
        var speakers = facts.Claims.Select(c => c.SpeakerSpan).OfType<TextSpan>().ToList();
        DateMention? paragraphDate = null;
        LocationResult? lastPlace = null;
        var paragraph = -1;

        foreach (var sentence in text.Sentences)
        {
            if (sentence.Paragraph != paragraph) { paragraph = sentence.Paragraph; paragraphDate = null; lastPlace = null; }
            var span = sentence.Span;
            var dates = facts.Dates.Where(d => span.Contains(d.Span)).ToList();
            var (eventDate, reportDate) = SentenceDates.Of(sentence, dates);
            // A sentence dated only by background years ("since 2016, when...") is history, not news.
            if (eventDate is null && dates.Count > 0 && dates.All(d => d.Background)) continue;
            if (eventDate is not null) paragraphDate = eventDate;
            var date = eventDate ?? paragraphDate;
            // News reports the last days; a dated event a month or more before publication is background.
            if (eventDate is not null && facts.PublishedAt is { } published && eventDate.End.DayNumber < published.DayNumber - BackgroundDays) continue;
            // "detained hundreds in recent weeks", "12 drone strikes this month": a count over weeks is no one incident
            if (eventDate is not null && eventDate.End.DayNumber - eventDate.Start.DayNumber > MaxIncidentDays) continue;

            var parties = words.Parties.Index.MatchAll(sentence.Tokens);
            var notConflict = words.NotConflict.MatchAll(sentence.Tokens);
            var runningTotal = Tallies.IsRunningTotal(sentence);
            var sentenceTolls = facts.Tolls.Where(t => span.Contains(t.Span) && !Tallies.Cumulative(t, date)).ToList();
            var kinds = new Dictionary<string, List<(int First, int Last)>>();
            var found = Triggers(sentence, notConflict, kinds).ToList();
            // With an event told in this paragraph or the one before, a bare toll is that event's (EventBuilder.AttachOrphanTolls).
            if (found.Count == 0 && notConflict.Count == 0 && (frames.Count == 0 || frames[^1].Paragraph < sentence.Paragraph - 1)
                && Tallies.HarmWithoutTrigger(sentence, facts.Tolls, date) is { } harm) found.Add(harm);
            foreach (var (trigger, triggerSpan, first, anaphoric) in found)
            {
                // "more than 20 strikes over the weekend, and a raid on Sunday destroyed...": each trigger takes the date told with it
                var own = SentenceDates.Nearest(sentence, dates, triggerSpan) ?? eventDate;
                var frameDate = own ?? paragraphDate;
                // "The service put the number of dead at 13": a toll word after an event told just before is that event's toll
                var toldJustBefore = frames.Count > 0 && frames[^1].Paragraph >= sentence.Paragraph - 1;
                // "claimed responsibility for the attack, saying it had killed 40": beside a word that points back, harm told is the same event's
                // ("the attack on Monday" in another place or on another day is another attack)
                var told = (anaphoric || trigger.Harm && found.Any(f => f.Anaphoric)) ? Told(frames, own ?? eventDate, sentence.Index) : null;
                if (told is null && trigger.TollWord && found.All(f => f.Trigger.TollWord) && toldJustBefore) told = frames[^1];
                if (told is not null)
                {
                    told.Tolls.AddRange(sentenceTolls.Where(t => !told.Tolls.Contains(t)));
                    continue;
                }
                var claims = facts.Claims.Where(c => c.Span.Overlaps(span)).ToList();
                if (claims.Any(c => c.Stance is "threat" or "promise" && c.Span.Contains(triggerSpan))) continue;
                // "Police denied that an explosive drone was used", "accused the army of shelling civilian areas": what a
                // denial rejects is no event, nor is what an accusation alleges unless it counts the dead
                if (claims.Any(c => c.Span.Contains(triggerSpan) && (c.Stance == "denial" || c.Stance == "accusation" && !sentenceTolls.Any(t => t.Kind == "killed")))) continue;
                // "The rebels had seized the bridge by then": the pluperfect tells what came before the news
                if (frames.Count > 0 && Aspect.IsPluperfect(sentence.Tokens, first) && !Aspect.IsReported(sentence.Tokens, first)) continue;
                if (Aspect.IsEarlierEvent(sentence.Tokens, first) || frames.Count > 0 && Aspect.IsSeries(sentence.Tokens, first)) continue;
                // "..., as fighting between troops and Fano militias intensified": the circumstances of the reported event
                if (found.Count > 1 && Aspect.IsCircumstance(sentence.Tokens, first)) continue;
                // "JNIM has carried out attacks across the Sahel": a perfect with no figure and no day of its own describes, it does not report
                if ((own ?? eventDate) is not { Precision: "day" } && sentenceTolls.Count == 0 && Aspect.IsPerfect(sentence.Tokens, first, LastToken(sentence, triggerSpan)) && trigger.Weight < 0.95) continue;

                var last = LastToken(sentence, triggerSpan);
                var clause = Clause.Of(sentence.Tokens, first, last, Transitive(trigger));
                var sentenceActors = actors.Where(a => span.Contains(a.Span) && !speakers.Any(sp => sp.Contains(a.Span))).ToList();
                // "soldiers beat villagers ..., burned houses and killed five": every word of the kind tells who did it to whom
                var sides = Sides.Read(clause, parties, sentence, sentenceActors, sentenceTolls, words.Parties, civilians);
                foreach (var (f, l) in kinds.GetValueOrDefault(trigger.Type) ?? [])
                    if (f != first) sides |= Sides.Read(Clause.Of(sentence.Tokens, f, l, Transitive(trigger)), parties, sentence, sentenceActors, sentenceTolls, words.Parties, civilians);
                if (trigger.Harm && !HarmIsAnEvent(trigger, sides, sentenceTolls, sentenceActors, runningTotal)) continue;
                // "ordered residents to leave" is an evacuation order; "told residents to leave", "were able to leave" are not
                if (trigger.Ordered && !Aspect.IsOrdered(sentence.Tokens, first)) continue;

                var sentencePlaces = locations.Where(l => span.Contains(l.Span)).ToList();
                var (type, subType) = EventTyping.OfFrame(trigger, sides);
                if (Territory.IsTerritorial(trigger) && !Territory.TerritoryFollows(sentence, first, sentencePlaces, wordClasses))
                    (type, subType) = Territory.SeizureOfThings(sentence, first, sides);
                // "Government forces said Houthi fighters had seized...": who speaks is not a party to what is told.
                var frameActors = FrameActors.Roles(sentence, clause, sentenceActors.Where(a => FrameActors.Near(sentence, a.Span, triggerSpan)).ToList(), triggerSpan, type, subType);
                var place = PlaceChooser.Choose(sentence, triggerSpan, sentencePlaces, text.Text, sentenceTolls.Any(t => t.Kind == "killed"))
                            ?? (PlaceChooser.PointsBack(sentence) ? lastPlace : null);
                // Weak triggers ("attack", "advance") need something concrete beside them to count as an event.
                var grounded = place is not null || frameActors.Count > 0 || sentenceTolls.Any(t => t.Kind != "displaced") || eventDate is not null;
                if (!trigger.Harm && (trigger.Weight < 0.5 || (trigger.Weight < 0.7 && !grounded))) continue;
                // "the war in Sudan, which has killed thousands", told in passing in a story about another country
                if (InPassing(place, country, eventDate, sentenceTolls, sentence, frames)) continue;

                if (place is not null) lastPlace = place;
                frames.Add(new EventFrame(sentence.Index, sentence.Paragraph, span, triggerSpan, trigger, frameDate, place, frameActors,
                    [.. sentenceTolls], claims, type, subType, sides, own is not null, reportDate));
            }
        }
        return frames;
    }

    // The event a pointing word ("the attack", "yesterday's strike") refers to: the last one told on a day that meets its own.
    private static EventFrame? Told(List<EventFrame> frames, DateMention? date, int sentence)
    {
        bool Meets(EventFrame f) => f.Sentence < sentence && (date is null || f.Date is not { } d || date.Start <= d.End && d.Start <= date.End);
        return frames.LastOrDefault(f => f.Violent && Meets(f)) ?? frames.LastOrDefault(Meets);
    }

    // A harm word is an event when someone is said to do it or to suffer it (a victim, a doer, a toll), and the harm is a
    // current one: not a running total.
    private static bool HarmIsAnEvent(EventTrigger trigger, Sides sides, List<TollResult> tolls, List<(TextSpan Span, ActorResult Value)> actors, bool runningTotal)
    {
        if (runningTotal) return false;
        // "Two ethnic Palaungs were murdered": a word that can only mean a killing needs no more
        return trigger.Weight >= 0.8 || tolls.Count > 0 || sides.Targets != Party.None || sides.ArmedDoers || actors.Count > 0;
    }

    private static bool InPassing(LocationResult? place, string? country, DateMention? ownDate, List<TollResult> tolls, Sentence sentence, List<EventFrame> frames) =>
        frames.Count > 0 && ownDate is null && place?.Country is { } c && country is not null && c != country && tolls.Count == 0 && sentence.Paragraph > frames[0].Paragraph;

    // The strongest trigger of each event type in the sentence, skipping hypothetical and negated ones and words that
    // are part of a cause that is not conflict ("heart attack", "gas explosion"). Beside such a cause only a sure trigger counts.
    private IEnumerable<(EventTrigger Trigger, TextSpan Span, int First, bool Anaphoric)> Triggers(Sentence sentence, List<PhraseMatch<bool>> notConflict,
        Dictionary<string, List<(int First, int Last)>> kinds)
    {
        var best = new Dictionary<string, (EventTrigger Trigger, TextSpan Span, int First, bool Anaphoric)>();
        foreach (var m in triggers.Index.MatchAll(sentence.Tokens))
        {
            if (m.Value.Type == "-" || Aspect.IsIrrealis(sentence.Tokens, m.First)) continue;
            if (m.Value.Type == "Explosions/Remote violence" && Aspect.IsWeaponFound(sentence.Tokens, m.First)) continue;
            // (the cause must be told with the harm: "killed by their sons after ... deaths due to malaria" is a killing)
            if (notConflict.Any(n => n.Span.Overlaps(m.Span) || Math.Abs(n.First - m.First) <= NotConflictReach && (m.Value.Harm || m.Value.Weight < 0.8))) continue;
            var anaphoric = m.Value.Weight < 0.95 && Aspect.IsAnaphoric(sentence.Tokens, m.First);
            if (!kinds.TryGetValue(m.Value.Type, out var all)) kinds[m.Value.Type] = all = [];
            all.Add((m.First, m.Last));
            // "the attack killed five more": a stronger word of the same kind beside one that points back points back too
            if (!best.TryGetValue(m.Value.Type, out var current)) best[m.Value.Type] = (m.Value, m.Span, m.First, anaphoric);
            else if (m.Value.Weight > current.Trigger.Weight) best[m.Value.Type] = (m.Value, m.Span, m.First, anaphoric || current.Anaphoric);
            else if (anaphoric) best[m.Value.Type] = current with { Anaphoric = true };
        }
        var strongest = best.Values.Select(b => b.Trigger.Weight).DefaultIfEmpty(0).Max();
        // A second event type in one sentence must be fairly sure of itself: "clashing ... after blowing up two car bombs".
        // A weapon ("a drone killed a man") always says how, even when weak alone.
        return best.Values.Where(b => b.Trigger.Weight >= Math.Min(0.6, strongest) || b.Trigger.Harm || b.Trigger.Type == "Explosions/Remote violence")
            .OrderBy(b => b.Span.Start);
    }

    // "protesters marched in Nairobi" is not a passive: only verbs done to someone are
    private static bool Transitive(EventTrigger t) =>
        t.Harm || t.Type is EventTrigger.Attack or "Violence against civilians" || t.SubType is "Arrests" or "Looting/property destruction";

    private static int LastToken(Sentence sentence, TextSpan trigger)
    {
        var last = sentence.TokenIndexAt(trigger.Start);
        while (last + 1 < sentence.Tokens.Count && sentence.Tokens[last + 1].Span.End <= trigger.End) last++;
        return last;
    }

    internal static LocationResult? MostSpecific(IEnumerable<LocationResult> places) =>
        places.OrderByDescending(l => PlaceChooser.Specificity(l.Precision)).FirstOrDefault();

    private static List<(TextSpan Span, T Value)> Flatten<T>(IReadOnlyList<T> items, Func<T, IReadOnlyList<TextSpan>> spans) =>
        items.SelectMany(i => spans(i).Select(s => (s, i))).OrderBy(p => p.s.Start).ToList();
}
