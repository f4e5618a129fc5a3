namespace NewsEvents.Extraction.Dates;

/// <summary>
/// Stretches of time ending at publication: "over the last three days" (the publication day and the two before it),
/// "in the past 24 hours", "this week" (Monday to publication), "last week", "last month", "in recent days",
/// "over the weekend". Years ("this year", "over the past decade", "in recent years") are background, never an event's date.
/// </summary>
internal static class Periods
{
    public static DateMention? Match(DateTokens t, int i, DateOnly published, out int last)
    {
        var m = PastSpan(t, i, published, out last) ?? Calendar(t, i, published, out last) ?? Recent(t, i, published, out last);
        // the preposition belongs to the period ("over the last three days", "in recent days"), as "since" does
        if (m is not null && t.Norm(i - 1) is "over" or "in" or "during" or "within" or "throughout" or "for")
            m = m with { Span = new TextSpan(t[i - 1].Span.Start, m.Span.End) };
        return m;
    }

    // "the last three days", "the past 24 hours", "the past few weeks", "the past week"
    private static DateMention? PastSpan(DateTokens t, int i, DateOnly published, out int last)
    {
        last = i;
        if (t.Norm(i) != "the" || t.Norm(i + 1) is not ("last" or "past")) return null;
        var k = i + 2;
        var (n, end) = t.Quantity(k);
        if (n < 0) n = 1;
        else k = end + 1;
        if (t.Norm(k) == "of") k++; // "the past couple of days"
        var unit = t.Norm(k);
        last = k;
        var days = unit switch
        {
            "day" or "days" => n,
            "hour" or "hours" => (n + 23) / 24 + 1,
            "week" or "weeks" => 7 * n,
            "month" or "months" or "year" or "years" or "decade" or "decades" => -1,
            _ => 0,
        };
        if (days == 0) return null;
        if (days > 0) return Mention(t, i, last, published.AddDays(1 - days), published, "period");
        return unit switch
        {
            "month" or "months" => Mention(t, i, last, published.AddMonths(-n), published, "period"),
            "year" or "years" => Mention(t, i, last, published.AddYears(-n), published, "year", background: true),
            _ => Mention(t, i, last, published.AddYears(-10 * n), published, "year", background: true),
        };
    }

    // "this week", "earlier this month", "last week", "last month", "this year", "over the weekend"
    private static DateMention? Calendar(DateTokens t, int i, DateOnly published, out int last)
    {
        last = i + 1;
        var which = t.Norm(i);
        if (which is not ("this" or "last" or "previous")) return which == "the" && t.Norm(i + 1) == "weekend" ? Weekend(t, i, published) : null;
        var week = DateMath.WeekStart(published);
        var month = new DateOnly(published.Year, published.Month, 1);
        return (which, t.Norm(i + 1)) switch
        {
            ("this", "week") => Mention(t, i, last, week, published, "week"),
            (_, "week") => Mention(t, i, last, week.AddDays(-7), week.AddDays(-1), "week"),
            ("this", "month") => Mention(t, i, last, month, published, "month"),
            (_, "month") => Mention(t, i, last, month.AddMonths(-1), month.AddDays(-1), "month"),
            ("this", "year") => Mention(t, i, last, new DateOnly(published.Year, 1, 1), published, "year", background: true),
            (_, "year") => Mention(t, i, last, new DateOnly(published.Year - 1, 1, 1), new DateOnly(published.Year - 1, 12, 31), "year", background: true),
            (_, "weekend") => Weekend(t, i, published),
            _ => null,
        };
    }

    private static DateMention Weekend(DateTokens t, int i, DateOnly published)
    {
        var saturday = DateMath.LatestOnOrBefore(published, DayOfWeek.Saturday);
        var sunday = saturday.AddDays(1) <= published ? saturday.AddDays(1) : saturday;
        return Mention(t, i, i + 1, saturday, sunday, "period");
    }

    // "in recent days", "recent weeks"; how recent is a convention: a week of days, four weeks of weeks
    private static DateMention? Recent(DateTokens t, int i, DateOnly published, out int last)
    {
        last = i + 1;
        if (t.Norm(i) != "recent") return null;
        return t.Norm(i + 1) switch
        {
            "days" => Mention(t, i, last, published.AddDays(-6), published, "period"),
            "weeks" => Mention(t, i, last, published.AddDays(-27), published, "period"),
            "months" => Mention(t, i, last, published.AddMonths(-3), published, "period"),
            "years" => Mention(t, i, last, published.AddYears(-5), published, "year", background: true),
            _ => null,
        };
    }

    private static DateMention Mention(DateTokens t, int first, int last, DateOnly start, DateOnly end, string precision, bool background = false) =>
        new(t.Span(first, last), start, end, precision, background);
}
