using NewsEvents.Extraction.Text;
using NewsEvents.Extraction.Tolls;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// An event's fatality count: the incident's killed total, reconciled across its victim groups, by ACLED's rule of
/// the lowest credible reported figure, never an average. Vague words count as ACLED codes them ("several" 10,
/// "dozens" 12, "hundreds" 100, ...).
/// </summary>
/// <remarks>
/// Reports of the whole ("seven people", a death toll) are alternatives: the lowest stands. Reports of distinct groups
/// ("two soldiers", "five civilians") add up, each group at its lowest figure, unless one group is what the others
/// add up to. The total is the larger of the two, so that a breakdown of a whole already counted ("seven people, one
/// man, four women and two children") adds nothing.
/// </remarks>
public static class Fatalities
{
    private static readonly Dictionary<string, int> VagueCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a few"] = 3, ["few"] = 3, ["several"] = 10, ["many"] = 10, ["a number of"] = 10, ["scores"] = 20, ["dozens"] = 12,
        ["a dozen"] = 12, ["hundreds"] = 100, ["thousands"] = 1000, ["tens of thousands"] = 10000,
    };

    // Victim words that name no group of their own: a report with them is of the whole.
    private static readonly HashSet<string> Whole = ["people", "persons", "person", "individuals", "others", "victims", "residents", "civilians", "citizens", "inhabitants", "dead", "bodies", "body", "corpse"];

    /// <param name="tolls">The incident's tolls.</param>
    /// <param name="text">The article, when known: one person told of in several sentences is then counted once, and
    /// figures the text does not credit to the event (<see cref="UncreditedTolls"/>) are left out.</param>
    public static int Best(IEnumerable<TollResult> tolls, AnalyzedText? text = null)
    {
        var killed = tolls.Where(t => t.Kind == "killed").ToList();
        if (text is not null)
        {
            var repeats = RetoldVictims.Of(killed, text);
            killed.RemoveAll(t => repeats.Contains(t) || UncreditedTolls.Of(t, text));
        }
        var figures = killed.Where(t => (t.Best ?? t.Min) is > 0).ToList();
        if (text is not null)
        {
            // "15 people were killed ... one of those killed was a policeman": the part is no lower report of the whole
            var parts = figures.Where(t => PartitiveTolls.Of(t, text)).ToList();
            var largest = figures.Except(parts).Select(Figure).DefaultIfEmpty(0).Max();
            figures.RemoveAll(t => parts.Contains(t) && Figure(t) < largest);
        }
        // "two priests and 17 others", "killed the mayor and 10 other people": others are more than those counted
        List<TollResult> others = text is null ? [] : figures.Where(t => CountsOthers(t, text)).ToList();
        figures.RemoveAll(others.Contains);
        if (figures.Count > 0 || others.Count > 0)
        {
            // "eleven people died in the fire and four herders were shot": figures joined by "and" in one sentence are
            // parts of one report, however the first names its people
            var joined = text is null ? [] : figures.Where(t => GroupOf(t) is null && figures.Any(o => o != t && JoinedByAnd(t, o, text))).ToHashSet();
            string? Key(TollResult t) => GroupOf(t) ?? (joined.Contains(t) ? $"#{t.Span.Start}" : null);
            var wholes = figures.Where(t => Key(t) is null).ToList();
            // "At least 7 people were killed ... the car was hit and one person died": one death told after a larger whole
            // is one more, not a lower report of that whole (which says so: "police said only one person was killed")
            var oneMore = text is null ? [] : wholes.Where(t => Figure(t) == 1 && wholes.Any(o => Figure(o) > 1 && o.Span.End <= t.Span.Start
                && text.SentenceAt(o.Span.Start).Index < text.SentenceAt(t.Span.Start).Index)
                && !text.SentenceAt(t.Span.Start).Tokens.Any(k => k.Norm is "only" or "however" or "but")).ToList();
            wholes.RemoveAll(oneMore.Contains);
            var whole = wholes.Select(Figure).DefaultIfEmpty(0).Min() + oneMore.Count;
            var groups = figures.Where(t => Key(t) is not null).OrderBy(t => t.Span.Start).GroupBy(t => Key(t)!).Select(g => g.Min(Figure)).ToList();
            // "seven civilians ... one man, four women and two children": a group that its other groups add up to is
            // their whole, not one more group
            var sum = groups.Sum();
            // (the whole is told before its parts: "the mayor, his driver and two guards" is no breakdown of the guards)
            var breakdown = groups.Count >= 3 && groups[0] * 2 == sum ? groups[0] : 0;
            return Math.Max(whole, breakdown > 0 ? breakdown : sum) + others.Sum(Figure);
        }
        var vague = killed.Select(t => t.Vague is { } v && VagueCounts.TryGetValue(v, out var n) ? n : (int?)null).Where(v => v is not null).ToList();
        // ACLED codes 0, not "unknown", when no death is reported.
        return vague.Count > 0 ? vague.Min()!.Value : 0;
    }

    private static int Figure(TollResult t) => (t.Best ?? t.Min)!.Value;

    // Two tolls of one sentence, the second opened by "and", with no "or" and no running total ("bringing the toll
    // to 40") between them
    private static readonly HashSet<string> NotJoining = ["or", "toll", "total", "bringing", "brings", "raising", "including", "among", "of"];

    private static bool JoinedByAnd(TollResult a, TollResult b, AnalyzedText text)
    {
        if (b.Span.Start < a.Span.Start) (a, b) = (b, a);
        if (a.Span.Start == b.Span.Start) return false;
        // the grammar may give the members of one coordination one clause's span ("a guard and three civilians were
        // shot dead"): the words from the first member to the second then join them
        var end = a.Span.End <= b.Span.Start ? a.Span.End : a.Span.Start;
        var sentence = text.SentenceAt(a.Span.Start);
        if (!sentence.Span.Contains(b.Span)) return false;
        // the "and" opens the second toll ("... and four herders were shot"), not a second harm of the first
        // ("37 people were killed and 300 injured ... after the killing of a leader")
        Token? last = null;
        foreach (var t in sentence.Tokens)
        {
            if (t.Span.Start < end || t.Span.End > b.Span.Start) continue;
            if (NotJoining.Contains(t.Norm)) return false;
            last = t;
        }
        return last is { Norm: "and" };
    }

    // The toll's own figure stands just before "others", "other" or "more" ("and 17 others were killed", "two more
    // people died"), or just after "another", "a further", "an additional" ("another 12 bodies were found").
    // (without othersToo, only "more" and "another": "the three others" of a breakdown are others of its parts, not of the whole)
    internal static bool CountsOthers(TollResult t, AnalyzedText text, bool othersToo = true)
    {
        var toks = text.SentenceAt(t.Span.Start).Tokens;
        for (var k = 0; k < toks.Count; k++)
        {
            var norm = toks[k].Norm;
            if (norm is "another" or "further" or "additional" && k + 1 < toks.Count && t.Span.Contains(toks[k + 1].Span)
                && NumberParser.Parse(toks, k + 1) is { } after && after.Best == t.Best)
                return true;
            if (k == 0 || norm is not ("others" or "other" or "more") || !othersToo && norm != "more" || !t.Span.Contains(toks[k].Span)) continue;
            // "more than 20" is a bound, not an addition
            if (norm == "more" && k + 1 < toks.Count && toks[k + 1].Norm == "than") continue;
            for (var start = Math.Max(0, k - 3); start < k; start++)
                if (NumberParser.Parse(toks, start) is { } q && q.End == k && q.Best == t.Best) return true;
        }
        return false;
    }

    // The group a toll counts, as its head word: "militia fighters" -> "fighters"; null for a report of the whole.
    private static string? GroupOf(TollResult t)
    {
        if (t.Victims is not { Length: > 0 } v) return null;
        var cut = v.IndexOf('(');
        var words = (cut >= 0 ? v[..cut] : v).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || Whole.Contains(words[^1])) return null;
        return words[^1].TrimEnd('s');
    }
}
