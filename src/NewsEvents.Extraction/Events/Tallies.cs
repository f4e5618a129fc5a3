using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>Tolls as evidence of events: a current toll with no trigger is an event, a running total is not.</summary>
internal static class Tallies
{
    // "At least 12 civilians were killed on Sunday in Omdurman": a current death or injury toll is an event even when no
    // word says how; it is typed by who was counted (EventTyping). A running total ("since the war began") is not.
    private static readonly EventTrigger TollTrigger = new(EventTrigger.Attack, "Attack", 0.55, Harm: true);

    internal static (EventTrigger, TextSpan, int, bool)? HarmWithoutTrigger(Sentence sentence, IReadOnlyList<TollResult> tolls, DateMention? date)
    {
        var toll = tolls.FirstOrDefault(t => sentence.Span.Contains(t.Span) && t.Kind is "killed" or "injured" or "killed_or_injured" && !Cumulative(t, date));
        if (toll is null || IsRunningTotal(sentence)) return null;
        var first = sentence.TokenIndexAt(toll.Span.Start);
        return (TollTrigger, toll.Span, first, false);
    }

    /// <summary>
    /// "Among the 19 people abducted were four women", "Among the wounded was a recruit": a breakdown of victims a
    /// sentence before told of, not another incident.
    /// </summary>
    internal static bool IsBreakdown(Sentence sentence)
    {
        var words = sentence.Tokens.Where(t => t.IsWord).Take(2).ToList();
        return words.Count == 2 && words[0].Norm == "among" && words[1].Norm is "the" or "those" or "them";
    }

    private static readonly HashSet<string> RunningTotalMarkers = ["since", "total", "overall", "cumulative", "altogether"];

    /// <summary>Words that make a sentence's figures a running total rather than one incident's: "since September", "so far".</summary>
    internal static bool IsRunningTotal(Sentence sentence)
    {
        var t = sentence.Tokens;
        for (var i = 0; i < t.Count; i++)
            if (RunningTotalMarkers.Contains(t[i].Norm) && !ATotalOf(t, i) || t[i].Norm == "so" && i + 1 < t.Count && t[i + 1].Norm == "far" && !Qualifies(t, i + 2)) return true;
        return false;
    }

    // "a total of 13 bodies were found": only a way of giving the figure; a total over time says so ("since", "overall")
    private static bool ATotalOf(IReadOnlyList<Token> t, int i) =>
        t[i].Norm == "total" && i > 0 && t[i - 1].Norm == "a" && i + 1 < t.Count && t[i + 1].Norm == "of";

    // "under so far unclear circumstances", "a so far unidentified group", "has so far not been named": "so far" says how
    // long something has stayed unknown, not that a figure is a total
    private static bool Qualifies(IReadOnlyList<Token> t, int next) =>
        next < t.Count && (t[next].Norm == "not" || t[next].Norm.Length > 4 && t[next].Norm.StartsWith("un", StringComparison.Ordinal));

    private static readonly HashSet<string> Spans = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours"];

    /// <summary>
    /// "A mayor was shot dead on Tuesday, a day after gunmen killed another mayor": a killing told in a clause that dates
    /// it before the sentence's own, which killed someone too, is an earlier incident, not this one's toll.
    /// </summary>
    internal static bool Earlier(TollResult toll, Sentence sentence, IReadOnlyList<TollResult> tolls)
    {
        if (toll.Kind != "killed") return false;
        var t = sentence.Tokens;
        for (var i = 1; i < t.Count && t[i].Span.End <= toll.Span.Start; i++)
        {
            // ("following the deaths of", "after the killing of": the death that led to the sentence's own)
            var cause = t[i].Norm is "after" or "following" && i + 2 < t.Count && t[i + 1].Norm == "the"
                        && t[i + 2].Norm is "death" or "deaths" or "killing" or "killings" or "murder" or "murders";
            if (!cause && (t[i].Norm is not ("after" or "since") || !Spans.Contains(t[i - 1].Norm))) continue;
            // the clause runs on to the toll: no comma or semicolon closes it before
            var open = true;
            for (var k = i + 1; k < t.Count && t[k].Span.End <= toll.Span.Start && open; k++) open = t[k].Norm is not ("," or ";");
            if (open && tolls.Any(o => o.Kind == "killed" && !ReferenceEquals(o, toll) && o.Span.End <= t[i - 1].Span.Start)) return true;
        }
        return false;
    }

    /// <summary>A toll counted over a period that began well before the event ("59,000 killed since the war began") is not the event's.</summary>
    internal static bool Cumulative(TollResult toll, DateMention? eventDate)
    {
        if (toll.Date is not { } start || toll.DateEnd is not { } end || end.DayNumber - start.DayNumber < 7) return false;
        return eventDate is null || start.DayNumber < eventDate.Start.DayNumber - 7;
    }
}
