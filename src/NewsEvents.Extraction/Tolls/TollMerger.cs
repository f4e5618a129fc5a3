namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// Merges repeats of one figure in an article ("at least 14 civilians" twice; "150 fighters" and "more than 150
/// fighters") into one toll: same kind, same figure or vague word, compatible victims. The first mention's span
/// is kept (a toll has one span); the repeat fills what the first lacks (qualifier, victims, source, date, place, sub-groups).
/// </summary>
public static class TollMerger
{
    /// <param name="more">Tolls that count others than those counted before ("three others"): never repeats.</param>
    public static List<TollResult> Merge(IEnumerable<TollResult> tolls, IReadOnlySet<TollResult>? more = null)
    {
        var merged = new List<TollResult>();
        // A toll can only repeat one of the same kind and figure, so the merged tolls are looked up by those instead of
        // compared one by one, which grew with the square of a long article's tolls. Each list holds, in order, the
        // indices in merged of the tolls whose figure is that key.
        var byFigure = new Dictionary<Figure, List<int>>();
        foreach (var t in tolls)
        {
            var i = more?.Contains(t) == true ? -1 : FirstSameFigure(merged, byFigure, t);
            if (i < 0)
            {
                merged.Add(t);
                if (Figure.Of(t) is { } key) Index(byFigure, key, merged.Count - 1);
                continue;
            }
            var before = Figure.Of(merged[i]);
            merged[i] = Fill(merged[i], t);
            // the repeat's qualified figure can replace a vague or bare-maximum one, which moves the toll to another key
            if (Figure.Of(merged[i]) is { } after && after != before)
            {
                byFigure[before!.Value].Remove(i);
                Index(byFigure, after, i);
            }
        }
        return merged;
    }

    // The earliest merged toll that the repeat matches, as a scan of merged from the start finds it.
    private static int FirstSameFigure(List<TollResult> merged, Dictionary<Figure, List<int>> byFigure, TollResult t)
    {
        var first = int.MaxValue;
        foreach (var key in Figure.Candidates(t))
            if (byFigure.TryGetValue(key, out var indices))
                foreach (var i in indices)
                {
                    if (i >= first) break;
                    if (SameFigure(merged[i], t)) { first = i; break; }
                }
        return first == int.MaxValue ? -1 : first;
    }

    private static void Index(Dictionary<Figure, List<int>> byFigure, Figure key, int i)
    {
        if (!byFigure.TryGetValue(key, out var indices)) byFigure[key] = indices = [];
        var at = indices.BinarySearch(i);
        indices.Insert(at < 0 ? ~at : at, i);
    }

    // What SameFigure compares on the merged side: the best figure, else the vague word, else the maximum.
    private readonly record struct Figure(string Kind, char By, int Number, string? Vague)
    {
        public static Figure? Of(TollResult m) =>
            m.Best is { } best ? new(m.Kind, 'b', best, null)
            : m.Vague is { } vague ? new(m.Kind, 'v', 0, vague)
            : m.Max is { } max ? new(m.Kind, 'm', max, null)
            : null;

        // the keys of the merged tolls that SameFigure can match with t
        public static IEnumerable<Figure> Candidates(TollResult t)
        {
            if (t.Best is { } best) yield return new(t.Kind, 'b', best, null);
            if (t.Vague is { } vague) yield return new(t.Kind, 'v', 0, vague);
            if (t.Max is { } max) yield return new(t.Kind, 'm', max, null);
        }
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
