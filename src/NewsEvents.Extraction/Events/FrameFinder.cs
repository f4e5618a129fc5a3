using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Reads each sentence for an event: a trigger phrase that is not hypothetical, negated or background,
/// with the sentence's own date, place, actors, tolls and claims.
/// </summary>
internal sealed class FrameFinder(EventTriggers triggers)
{
    // Words just before a trigger that make it something not (yet) happened: "vowed to repel the attack", "would attack".
    private static readonly HashSet<string> Irrealis = ["to", "will", "would", "could", "might", "may", "not", "no", "never", "threatened", "vowed", "plan", "plans", "planned", "prevent", "avoid"];

    // Actor types that report events rather than take part in them.
    private static readonly HashSet<string> SourceTypes = ["monitor", "media", "international_org"];

    public List<EventFrame> Find(ArticleFacts facts)
    {
        var text = facts.Text;
        var locations = Flatten(facts.Locations, l => l.Spans);
        var actors = Flatten(facts.Actors, a => a.Spans);
        var frames = new List<EventFrame>();
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

            foreach (var (trigger, triggerSpan, first) in BestTriggers(sentence))
            {
                var sentenceActors = actors.Where(a => span.Contains(a.Span)).ToList();
                var frameActors = Roles(sentenceActors, triggerSpan, trigger);
                var place = MostSpecific(locations.Where(l => span.Contains(l.Span)).Select(l => l.Value));
                var tolls = facts.Tolls.Where(t => span.Contains(t.Span) || t.Span.Overlaps(span) && t.Span.Start >= span.Start).ToList();
                var claims = facts.Claims.Where(c => c.Span.Overlaps(span)).ToList();
                if (claims.Any(c => c.Stance is "threat" or "promise" && c.Span.Contains(triggerSpan))) continue;

                // Weak triggers ("attack", "advance") need something concrete beside them to count as an event.
                var grounded = place is not null || frameActors.Count > 0 || tolls.Count > 0 || eventDate is not null;
                if (trigger.Weight < 0.5 || (trigger.Weight < 0.7 && !grounded)) continue;

                frames.Add(new EventFrame(sentence.Index, sentence.Paragraph, span, triggerSpan, trigger,
                    eventDate ?? paragraphDate, place, frameActors, tolls, claims));
            }
        }
        return frames;
    }

    // The strongest trigger of each event type in the sentence, skipping hypothetical and negated ones.
    private IEnumerable<(EventTrigger Trigger, TextSpan Span, int First)> BestTriggers(Sentence sentence)
    {
        var best = new Dictionary<string, (EventTrigger, TextSpan, int)>();
        foreach (var m in triggers.Index.MatchAll(sentence.Tokens))
        {
            if (IsIrrealis(sentence.Tokens, m.First)) continue;
            if (!best.TryGetValue(m.Value.Type, out var current) || m.Value.Weight > current.Item1.Weight)
                best[m.Value.Type] = (m.Value, m.Span, m.First);
        }
        var strongest = best.Values.Select(b => b.Item1.Weight).DefaultIfEmpty(0).Max();
        // A secondary type must be nearly as sure as the main one: "clashing ... after blowing up two car bombs" is two events, "vowed ... the attack" is not.
        return best.Values.Where(b => b.Item1.Weight >= strongest - 0.15).OrderBy(b => b.Item2.Start);
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

    private static List<EventActor> Roles(List<(TextSpan Span, ActorResult Value)> mentions, TextSpan trigger, EventTrigger t)
    {
        var roles = new List<EventActor>();
        foreach (var (span, actor) in mentions)
        {
            if (SourceTypes.Contains(actor.Type)) continue;
            var role = actor.Type is "civilians" || span.Start > trigger.End ? "actor2" : "actor1";
            if (t.Type == "Strategic developments" && role == "actor2" && t.SubType == "Agreement") role = "associated";
            if (roles.Any(r => r.Name == actor.Name)) continue;
            roles.Add(new EventActor(actor.Name, role, actor.Type));
        }
        // One side named twice ("Syrian and Russian warplanes bombed") stays actor1; a lone actor after the trigger of a
        // one-sided event ("airstrikes by Russian jets") is the initiator.
        if (roles.Count == 1 && roles[0].Role == "actor2" && roles[0].Type != "civilians" && t.Type == "Explosions/Remote violence")
            roles[0] = roles[0] with { Role = "actor1" };
        return roles;
    }

    internal static LocationResult? MostSpecific(IEnumerable<LocationResult> places) =>
        places.OrderByDescending(l => Specificity(l.Precision)).FirstOrDefault();

    internal static int Specificity(string precision) => precision switch
    {
        "facility" => 6,
        "village" => 5,
        "town" => 4,
        "city" => 4,
        "unresolved" => 3,
        "admin1" => 2,
        "country" => 1,
        _ => 0,
    };

    private static List<(TextSpan Span, T Value)> Flatten<T>(IReadOnlyList<T> items, Func<T, IReadOnlyList<TextSpan>> spans) =>
        items.SelectMany(i => spans(i).Select(s => (s, i))).OrderBy(p => p.s.Start).ToList();
}
