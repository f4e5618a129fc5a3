using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Reads each sentence for an event: a trigger phrase that is not hypothetical, negated or background,
/// with the sentence's own date, place, actors, tolls and claims. A sentence that only refers back to an event
/// ("the toll from that strike") adds its figures to the frame before it instead of opening a new one.
/// </summary>
internal sealed class FrameFinder(EventTriggers triggers, CivilianVictims civilians, WordClasses words)
{
    // Words just before a trigger that make it something not (yet) happened: "vowed to repel the attack", "would attack".
    private static readonly HashSet<string> Irrealis = ["to", "will", "would", "could", "might", "may", "not", "no", "never", "threatened", "vowed", "plan", "plans", "planned", "prevent", "avoid", "against"];

    // Determiners that point back at an event already told: "that strike", "the attack", "this week's fighting".
    private static readonly HashSet<string> Anaphoric = ["that", "this", "same", "those", "these"];

    // Nouns that name an event without saying what kind: after "the" they point back at one already told.
    private static readonly HashSet<string> GenericNouns = ["attack", "attacks", "assault", "offensive", "violence", "fighting", "raid", "incident"];

    internal const int BackgroundDays = 30;


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
                && Tallies.HarmWithoutTrigger(sentence, facts.Tolls, date, civilians) is { } harm) triggers.Add(harm);
            foreach (var (trigger, triggerSpan, first, anaphoric) in triggers)
            {
                var tolls = facts.Tolls.Where(t => span.Contains(t.Span) && !Tallies.Cumulative(t, date)).ToList();
                if (anaphoric && frames.Count > 0)
                {
                    frames[^1].Tolls.AddRange(tolls.Where(t => !frames[^1].Tolls.Contains(t)));
                    continue;
                }
                var claims = facts.Claims.Where(c => c.Span.Overlaps(span)).ToList();
                if (claims.Any(c => c.Stance is "threat" or "promise" && c.Span.Contains(triggerSpan))) continue;

                var sentencePlaces = locations.Where(l => span.Contains(l.Span)).ToList();
                if (Territory.IsTerritorial(trigger) && !Territory.TerritoryFollows(sentence, first, sentencePlaces, words)) continue;
                // "Government forces said Houthi fighters had seized...": who speaks is not a party to what is told.
                var frameActors = FrameActors.Roles(actors.Where(a => span.Contains(a.Span) && FrameActors.Near(sentence, a.Span, triggerSpan)
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

    internal static LocationResult? MostSpecific(IEnumerable<LocationResult> places) =>
        places.OrderByDescending(l => PlaceChooser.Specificity(l.Precision)).FirstOrDefault();

    private static List<(TextSpan Span, T Value)> Flatten<T>(IReadOnlyList<T> items, Func<T, IReadOnlyList<TextSpan>> spans) =>
        items.SelectMany(i => spans(i).Select(s => (s, i))).OrderBy(p => p.s.Start).ToList();
}
