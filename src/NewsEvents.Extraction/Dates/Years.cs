namespace NewsEvents.Extraction.Dates;

/// <summary>
/// Background time: a year ("since 2016", "in 2011", "the 2019 ceasefire", "by 2020") and durations in years
/// ("13-year civil war", "for ten years"). A year alone is never when the reported events happened, so these come out
/// with Background set; they are kept so that later stages know these numbers are time, not counts.
/// </summary>
internal static class Years
{
    private static readonly HashSet<string> Counted =
    [
        "people", "civilians", "fighters", "soldiers", "troops", "children", "women", "men", "residents", "families", "persons",
        "militants", "rebels", "refugees", "migrants", "households", "homes", "houses", "dead", "killed", "were", "have", "had",
    ];

    private static readonly HashSet<string> Quantifiers = ["least", "than", "some", "about", "nearly", "almost", "around", "over", "approximately", "estimated", "to"];

    public static DateMention? Match(DateTokens t, int i, DateOnly? published, out int last)
    {
        last = i;
        return Year(t, i) ?? (published is { } p ? Duration(t, i, p, out last) : null);
    }

    private static DateMention? Year(DateTokens t, int i)
    {
        if (!t.IsYear(i) || Quantifiers.Contains(t.Norm(i - 1)) || Counted.Contains(t.Norm(i + 1))) return null;
        var y = t.Integer(i);
        var first = t.Norm(i - 1) is "since" or "in" or "by" or "until" or "before" or "after" or "from" ? i - 1 : i;
        return new DateMention(t.Span(first, i), new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), "year", true);
    }

    // "13-year civil war", "a decade-long war" is left alone; "-year-old" is an age, not time
    private static DateMention? Duration(DateTokens t, int i, DateOnly published, out int last)
    {
        var (n, end) = t.Quantity(i);
        last = end;
        if (n is < 1 or > 100) return null;
        var unit = t.Norm(end + 1) == "-" ? end + 2 : end + 1;
        if (t.Norm(unit) is not ("year" or "years") || t.Norm(unit + 1) == "-" && t.Norm(unit + 2) == "old" || t.Norm(unit + 1) == "old") return null;
        last = unit;
        return new DateMention(t.Span(i, unit), published.AddYears(-n), published, "year", true);
    }
}
