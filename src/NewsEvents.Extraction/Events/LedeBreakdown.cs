using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// A story that opens with its whole toll and then tells where the dead fell ("Raiders killed 12 villagers in two
/// attacks. Eight were shot in one village and four in the next.") gives later events that are parts of the first:
/// their deaths are already in the lede's total, so summing the events must not count them twice.
/// </summary>
internal static class LedeBreakdown
{
    public static void Apply(List<EventResult> events, AnalyzedText text)
    {
        if (events.Count < 2 || events[0].Fatalities is not (> 0 and var whole)) return;
        // the whole is told first: the lede's toll stands in the story's opening sentence, before every later event's
        var ledeToll = events[0].Tolls.Where(t => t.Kind == "killed").Select(t => t.Span.Start).DefaultIfEmpty(int.MaxValue).Min();
        if (ledeToll >= text.Sentences[0].Span.End) return;
        var parts = events.Skip(1).Where(e => e.Fatalities is > 0).ToList();
        if (parts.Count == 0 || parts.Sum(e => e.Fatalities!.Value) > whole) return;
        // "two more died in the next village", "another three bodies were found": more than the lede counted
        if (parts.Any(e => e.Tolls.Any(t => t.Kind == "killed" && (t.Span.Start < ledeToll || Fatalities.CountsOthers(t, text, othersToo: false))))) return;
        // "Earlier on Monday, fighters of the same faction shot dead three herders": a sentence that opens on another
        // time or place tells another incident, whatever its figure
        if (parts.Any(e => e.Tolls.Any(t => t.Kind == "killed" && OpensElsewhere(text.SentenceAt(t.Span.Start))))) return;
        for (var i = 1; i < events.Count; i++)
            if (events[i].Fatalities is > 0) events[i] = events[i] with { Fatalities = 0 };
    }

    private static bool OpensElsewhere(Sentence sentence) =>
        sentence.Tokens.FirstOrDefault(t => t.IsWord).Norm is "earlier" or "separately" or "elsewhere";
}
