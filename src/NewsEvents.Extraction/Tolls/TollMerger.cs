namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// Merges repeats of one figure in an article ("at least 14 civilians" twice; "150 fighters" and "more than 150
/// fighters") into one toll: same kind, same figure or vague word, compatible victims. The first mention's span
/// is kept (a toll has one span); the repeat fills what the first lacks (qualifier, victims, source, date, place, sub-groups).
/// </summary>
public static class TollMerger
{
    public static List<TollResult> Merge(IEnumerable<TollResult> tolls)
    {
        var merged = new List<TollResult>();
        foreach (var t in tolls)
        {
            var i = merged.FindIndex(m => SameFigure(m, t));
            if (i < 0) { merged.Add(t); continue; }
            merged[i] = Fill(merged[i], t);
        }
        return merged;
    }

    private static bool SameFigure(TollResult a, TollResult b)
    {
        if (a.Kind != b.Kind) return false;
        var sameNumber = a.Best is not null ? a.Best == b.Best : a.Vague is not null ? a.Vague == b.Vague : a.Max is not null && a.Max == b.Max;
        return sameNumber && CompatibleVictims(a.Victims, b.Victims);
    }

    private static bool CompatibleVictims(string? a, string? b)
    {
        if (a is null || b is null) return true;
        var ha = Head(a);
        var hb = Head(b);
        return ha == hb || Generic.Contains(ha) || Generic.Contains(hb) || a.Contains(hb, StringComparison.OrdinalIgnoreCase) || b.Contains(ha, StringComparison.OrdinalIgnoreCase)
            || SharedConjunct(a, b);
    }

    // "soldiers and members of a militia" and, later, "soldiers and auxiliaries": one group named twice
    private static bool SharedConjunct(string a, string b)
    {
        if (!a.Contains(" and ", StringComparison.Ordinal) || !b.Contains(" and ", StringComparison.Ordinal)) return false;
        var heads = a.Split(" and ").Select(Head).ToHashSet();
        return b.Split(" and ").Any(part => heads.Contains(Head(part)));
    }

    // A generic group ("12 people") can be the same dead as a named one ("12 civilians"); two named groups cannot
    private static readonly HashSet<string> Generic = ["people", "person", "individual", "other"];

    // "people (mostly fighters)" -> "people"; "militia fighters" -> "fighter"
    private static string Head(string victims)
    {
        var paren = victims.IndexOf(" (", StringComparison.Ordinal);
        var core = (paren < 0 ? victims : victims[..paren]).Trim();
        var last = core[(core.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return last.EndsWith('s') && last.Length > 3 ? last[..^1] : last;
    }

    private static TollResult Fill(TollResult first, TollResult repeat)
    {
        var figure = first.Qualifier is null && repeat.Qualifier is not null ? repeat : first;
        return first with
        {
            Min = figure.Min, Max = figure.Max, Best = figure.Best, Qualifier = figure.Qualifier,
            Victims = first.Victims ?? repeat.Victims,
            Includes = first.Includes.Count > 0 ? first.Includes : repeat.Includes,
            AttributedTo = first.AttributedTo ?? repeat.AttributedTo,
            Date = first.Date ?? repeat.Date,
            DateEnd = first.Date is null ? repeat.DateEnd : first.DateEnd,
            Location = first.Location ?? repeat.Location,
            Side = first.Side ?? repeat.Side,
        };
    }
}
