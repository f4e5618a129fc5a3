using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>The tests a sentence's triggers pass before they make a frame, and the small look-ups the frames need.</summary>
internal sealed partial class FrameFinder
{
    // The event a pointing word ("the attack", "yesterday's strike") refers to: the last one told on a day that meets its own.
    private static EventFrame? Told(List<EventFrame> frames, DateMention? date, int sentence)
    {
        bool Meets(EventFrame f) => f.Sentence < sentence && (date is null || f.Date is not { } d || date.Start <= d.End && d.Start <= date.End);
        return frames.LastOrDefault(f => f.Violent && Meets(f)) ?? frames.LastOrDefault(Meets);
    }

    // A harm word is an event when someone is said to do it or to suffer it (a victim, a doer, a toll), and the harm is a
    // current one: not a running total.
    private static bool HarmIsAnEvent(EventTrigger trigger, Clause clause, Sides sides, List<TollResult> tolls, List<(TextSpan Span, ActorResult Value)> actors, bool runningTotal)
    {
        if (runningTotal) return false;
        // "two herders were murdered", "a union organiser was killed": a word that can only mean a
        // killing, or harm told as done to someone, needs no more
        return trigger.Weight >= 0.8 || clause.Passive && clause.SubjectStart < clause.First && !trigger.TollWord
               || tolls.Count > 0 || sides.Targets != Party.None || sides.ArmedDoers || actors.Count > 0;
    }

    private static bool InPassing(LocationResult? place, string? country, DateMention? ownDate, List<TollResult> tolls, Sentence sentence, List<EventFrame> frames) =>
        frames.Count > 0 && ownDate is null && place?.Country is { } c && country is not null && c != country && tolls.Count == 0 && sentence.Paragraph > frames[0].Paragraph;

    // The strongest trigger of each event type in the sentence, skipping hypothetical and negated ones and words that
    // are part of a cause that is not conflict ("heart attack", "gas explosion"). Beside such a cause only a sure trigger counts.
    private static IEnumerable<(EventTrigger Trigger, TextSpan Span, int First, bool Anaphoric)> Triggers(Sentence sentence, List<PhraseMatch<EventTrigger>> matches,
        List<PhraseMatch<bool>> notConflict, Dictionary<string, List<(int First, int Last)>> kinds)
    {
        var best = new Dictionary<string, (EventTrigger Trigger, TextSpan Span, int First, bool Anaphoric)>();
        foreach (var m in matches)
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
        // A second event type in one sentence must be fairly sure of itself: "clashing ... after setting off a truck bomb".
        // A weapon ("a drone killed a man") always says how, even when weak alone.
        return best.Values.Where(b => b.Trigger.Weight >= Math.Min(0.6, strongest) || b.Trigger.Harm || b.Trigger.Type == "Explosions/Remote violence")
            .OrderBy(b => b.Span.Start);
    }

    private static readonly HashSet<string> FirearmWords = ["shot", "shoot", "shooting", "fire", "fired", "gun", "guns", "gunfire", "gunshot", "gunshots", "rifle", "rifles", "pistol", "pistols", "bullets", "bullet", "firearms", "gunned"];

    private static bool Firearm(Sentence sentence) => sentence.Tokens.Any(t => FirearmWords.Contains(t.Norm));

    // "protesters marched in Nairobi" is not a passive: only verbs done to someone are
    private static bool Transitive(EventTrigger t) =>
        t.Harm || t.Type is EventTrigger.Attack or "Violence against civilians" || t.SubType is "Arrests" or "Looting/property destruction";

    // The last token of the nearest trigger that ends before the token first, or -1.
    private static int PreviousAct(List<PhraseMatch<EventTrigger>> matches, int first)
    {
        var previous = -1;
        foreach (var m in matches)
            if (m.Value.Type != "-" && m.Last < first && m.Last > previous) previous = m.Last;
        return previous;
    }

    private static int LastToken(Sentence sentence, TextSpan trigger)
    {
        var last = sentence.TokenIndexAt(trigger.Start);
        while (last + 1 < sentence.Tokens.Count && sentence.Tokens[last + 1].Span.End <= trigger.End) last++;
        return last;
    }

    internal static LocationResult? MostSpecific(IEnumerable<LocationResult> places)
    {
        LocationResult? best = null;
        foreach (var p in places)
            if (best is null || PlaceChooser.Specificity(p.Precision) > PlaceChooser.Specificity(best.Precision)) best = p;
        return best;
    }

    // The most specific place of an incident's frames, without a LINQ pipeline per look (the merger asks often).
    internal static LocationResult? MostSpecific(List<EventFrame> incident)
    {
        LocationResult? best = null;
        foreach (var f in incident)
            if (f.Location is { } p && (best is null || PlaceChooser.Specificity(p.Precision) > PlaceChooser.Specificity(best.Precision))) best = p;
        return best;
    }

    private static List<(TextSpan Span, T Value)> Flatten<T>(IReadOnlyList<T> items, Func<T, IReadOnlyList<TextSpan>> spans) =>
        items.SelectMany(i => spans(i).Select(s => (s, i))).OrderBy(p => p.s.Start).ToList();
}
