using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Reads each sentence for an event: a trigger phrase that is not hypothetical, negated or background,
/// with the sentence's own date, place, actors, tolls and claims. A sentence that only refers back to an event
/// ("the toll from that strike") adds its figures to the frame before it instead of opening a new one.
/// </summary>
internal sealed partial class FrameFinder(EventTriggers triggers, EventWords words, CivilianVictims civilians, WordClasses wordClasses)
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
        var speakers = SentenceBuckets.Of(text, facts.Claims.Select(c => c.SpeakerSpan).OfType<TextSpan>(), s => s);
        var datesBy = SentenceBuckets.Of(text, facts.Dates, d => d.Span);
        var tollsBy = SentenceBuckets.Of(text, facts.Tolls, t => t.Span);
        var claimsBy = SentenceBuckets.Of(text, facts.Claims, c => c.Span);
        var actorsBy = SentenceBuckets.Of(text, actors, a => a.Span);
        var placesBy = SentenceBuckets.Of(text, locations, l => l.Span);
        DateMention? paragraphDate = null;
        LocationResult? lastPlace = null;
        var paragraph = -1;

        foreach (var sentence in text.Sentences)
        {
            if (sentence.Paragraph != paragraph) { paragraph = sentence.Paragraph; paragraphDate = null; lastPlace = null; }
            var span = sentence.Span;
            var dates = datesBy[sentence.Index].Where(d => span.Contains(d.Span)).ToList();
            var (eventDate, reportDate) = SentenceDates.Of(sentence, dates);
            // A sentence dated only by background years ("since 2016, when...") is history, not news.
            if (eventDate is null && dates.Count > 0 && dates.All(d => d.Background)) continue;
            if (eventDate is not null) paragraphDate = eventDate;
            var date = eventDate ?? paragraphDate;
            // News reports the last days; a dated event a month or more before publication is background.
            if (eventDate is not null && facts.PublishedAt is { } published && eventDate.End.DayNumber < published.DayNumber - BackgroundDays) continue;
            // "detained hundreds in recent weeks", "12 drone strikes this month": a count over weeks is no one incident
            if (eventDate is not null && eventDate.End.DayNumber - eventDate.Start.DayNumber > MaxIncidentDays) continue;

            // "The raid was part of the violence that followed ...": the wider events are background to the one told
            if (frames.Count > 0 && Aspect.IsPartOfWider(sentence.Tokens)) continue;
            // Most sentences tell no event: the word lists are read only for those with a trigger or a toll.
            var matches = triggers.Index.MatchAll(sentence);
            var tollsHere = tollsBy[sentence.Index];
            var heading = words.Headings.Of(sentence);
            if (matches.Count == 0 && heading is null && !tollsHere.Any(t => span.Contains(t.Span))) continue;
            var notConflict = words.NotConflict.MatchAll(sentence);
            var kinds = new Dictionary<string, List<(int First, int Last)>>();
            var found = Triggers(sentence, matches, notConflict, kinds).ToList();
            // With an event told in this paragraph or the one before, a bare toll is that event's (EventBuilder.AttachOrphanTolls).
            if (found.Count == 0 && notConflict.Count == 0 && (frames.Count == 0 || frames[^1].Paragraph < sentence.Paragraph - 1)
                && Tallies.HarmWithoutTrigger(sentence, tollsHere, date) is { } harm) found.Add(harm);
            // (the heading stands for the word of the lexicon it may be: "Looting:")
            if (heading is { } h) { found.RemoveAll(f => f.Span.Overlaps(h.Span)); found.Add((h.Value, h.Span, h.First, false)); }
            if (found.Count == 0) continue;
            var parties = words.Parties.Index.MatchAll(sentence);
            var runningTotal = Tallies.IsRunningTotal(sentence);
            var sentenceTolls = tollsHere.Where(t => span.Contains(t.Span) && !Tallies.Cumulative(t, date)).ToList();
            // (each toll judged against all of the sentence's: RemoveAll's predicate would see the list half compacted)
            var earlier = sentenceTolls.Where(t => Tallies.Earlier(t, sentence, sentenceTolls)).ToHashSet(ReferenceEqualityComparer.Instance);
            sentenceTolls.RemoveAll(earlier.Contains);
            // "shot and killed a suicide bomber": the bomber is the one hit, not a bomb that went off
            found.RemoveAll(f => f.Trigger.Type == "Explosions/Remote violence" && Aspect.NamesABomber(f.Span, text.Text)
                                 && found.Any(g => g.Trigger.Type == EventTrigger.Attack && g.First < f.First
                                                   && Clause.Of(sentence.Tokens, g.First, LastToken(sentence, g.Span)).RoleOf(f.First) == Clause.Target));
            if (found.Count == 0) continue;
            var claims = claimsBy[sentence.Index].Where(c => c.Span.Overlaps(span)).ToList();
            var sentenceActors = actorsBy[sentence.Index].Where(a => span.Contains(a.Span) && !speakers[sentence.Index].Any(sp => sp.Contains(a.Span))).ToList();
            var sentencePlaces = placesBy[sentence.Index].Where(l => span.Contains(l.Span)).ToList();
            foreach (var (trigger, triggerSpan, first, anaphoric) in found)
            {
                // "more than 20 strikes over the weekend, and a raid on Sunday destroyed...": each trigger takes the date told with it
                var own = SentenceDates.Nearest(sentence, dates, triggerSpan) ?? eventDate;
                var frameDate = own ?? paragraphDate;
                // "The service put the number of dead at 13": a toll word after an event told just before is that event's toll
                var toldJustBefore = frames.Count > 0 && frames[^1].Paragraph >= sentence.Paragraph - 1;
                // "claimed the raid, adding that 40 had died in it": beside a word that points back, harm told is the same event's
                // ("the attack on Monday" in another place or on another day is another attack)
                var told = (anaphoric || trigger.Harm && found.Any(f => f.Anaphoric)) ? Told(frames, own ?? eventDate, sentence.Index) : null;
                // (only an armed event's: "his body was found" after an arrest tells of a killing, not of more arrests)
                if (told is null && trigger.TollWord && found.All(f => f.Trigger.TollWord) && toldJustBefore && frames[^1].Violent) told = frames[^1];
                if (told is not null)
                {
                    told.Tolls.AddRange(sentenceTolls.Where(t => !told.Tolls.Exists(h => ReferenceEquals(h, t))));
                    continue;
                }
                if (claims.Any(c => c.Stance is "threat" or "promise" && c.Span.Contains(triggerSpan))) continue;
                // "Police denied that an explosive drone was used", "accused the army of shelling civilian areas": what a
                // denial rejects is no event, nor is what an accusation alleges unless it counts the dead
                if (claims.Any(c => c.Span.Contains(triggerSpan) && (c.Stance == "denial" || c.Stance == "accusation" && Aspect.IsAllegedAct(sentence.Tokens, first)
                    && !sentenceTolls.Any(t => t.Kind == "killed")))) continue;
                // "The rebels had seized the bridge by then": the pluperfect tells what came before the news
                if (frames.Count > 0 && Aspect.IsPluperfect(sentence.Tokens, first) && !Aspect.IsReported(sentence.Tokens, first)) continue;
                if (Aspect.IsEarlierEvent(sentence.Tokens, first) || frames.Count > 0 && Aspect.IsSeries(sentence.Tokens, first)) continue;
                // "..., as fighting between troops and Fano militias intensified": the circumstances of the reported event
                if (found.Count > 1 && Aspect.IsCircumstance(sentence.Tokens, first)) continue;
                // "JNIM has carried out attacks across the Sahel": a perfect with no figure and no day of its own describes, it does not report
                if ((own ?? eventDate) is not { Precision: "day" } && sentenceTolls.Count == 0 && Aspect.IsPerfect(sentence.Tokens, first, LastToken(sentence, triggerSpan)) && trigger.Weight < 0.95) continue;

                var last = LastToken(sentence, triggerSpan);
                var clause = Clause.Of(sentence.Tokens, first, last, Transitive(trigger), PreviousAct(matches, first));
                // "two men were detained; later four bodies turned up": a word that only names the dead has no doers before it
                if (trigger.TollWord) clause = clause with { SubjectStart = first };
                // "soldiers beat villagers ..., burned houses and killed five": every word of the kind tells who did it to whom
                var sides = Sides.Read(clause, parties, sentence, sentenceActors, sentenceTolls, words.Parties, civilians);
                foreach (var (f, l) in kinds.GetValueOrDefault(trigger.Type) ?? [])
                    if (f != first) sides |= Sides.Read(Clause.Of(sentence.Tokens, f, l, Transitive(trigger), PreviousAct(matches, f)), parties, sentence, sentenceActors, [], words.Parties, civilians);
                sides = sides.Settled(Firearm(sentence));
                if (trigger.Harm && !HarmIsAnEvent(trigger, clause, sides, sentenceTolls, sentenceActors, runningTotal)) continue;
                // "Among the dead was a councillor": victims told before, broken down
                if (frames.Count > 0 && Tallies.IsBreakdown(sentence)) continue;
                // "ordered residents to leave" is an evacuation order; "told residents to leave", "were able to leave" are not
                if (trigger.Ordered && !Aspect.IsOrdered(sentence.Tokens, first)) continue;

                var (type, subType) = EventTyping.OfFrame(trigger, sides);
                if (Territory.IsTerritorial(trigger) && !Territory.TerritoryFollows(sentence, first, sentencePlaces, wordClasses))
                    (type, subType) = Territory.SeizureOfThings(sentence, first, sides);
                // "took control of the town without a fight", "occupied the village; there were no clashes"
                else if (Territory.IsTerritorial(trigger) && Territory.Unopposed(sentence, text.Sentences))
                    (type, subType) = ("Strategic developments", "Non-violent transfer of territory");
                // "Russian forces fired at Okhtyrka": an army firing at a town or at positions, with no small arms told, shells it
                if (type == "Battles" && Territory.FiredAtAPlace(sentence, first, last, sides, sentencePlaces, kinds.ContainsKey("Battles")))
                    (type, subType) = ("Explosions/Remote violence", "Shelling/artillery/missile attack");
                // "shot down a helicopter" is an attack on the aircraft; "shot down 40 drones" disrupts their use
                if (subType == "Disrupted weapons use" && Territory.AircraftFollows(sentence, last))
                    (type, subType) = ("Explosions/Remote violence", "Shelling/artillery/missile attack");
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
}
