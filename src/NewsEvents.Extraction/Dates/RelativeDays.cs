namespace NewsEvents.Extraction.Dates;

/// <summary>
/// Days named relative to publication: weekdays ("Friday", "early Saturday", "Friday afternoon", "last Tuesday"),
/// "yesterday", "today", "last night", "overnight", "two days ago". A weekday is the latest such day not after
/// publication (so "Friday" in a Friday paper is that day), "last Tuesday" the one before publication day, and a
/// weekday after "next" or a "will" is the coming one. "Overnight" alone is the publication day: wire copy
/// reports the night just ended, and most of it falls after midnight; "last night" is the day before.
/// </summary>
internal static class RelativeDays
{
    public static DateMention? Match(DateTokens t, int i, DateOnly published, out int last) =>
        Weekday(t, i, published, out last) ?? Deictic(t, i, published, out last) ?? Ago(t, i, published, out last);

    private static DateMention? Weekday(DateTokens t, int i, DateOnly published, out int last)
    {
        var first = i;
        var modifier = "";
        if (t.Norm(i) is "last" or "this" or "next" or "early" or "late" or "overnight" or "past")
        {
            modifier = t.Norm(i);
            i++;
            if (t.Norm(i) == "on" && modifier is "early" or "late") i++;
        }
        last = i;
        if (!DateWords.Weekdays.TryGetValue(t.Norm(i), out var day)) return null;
        if (t.Norm(i + 1) == "'s") i++;
        if (DateWords.PartsOfDay.Contains(t.Norm(i + 1))) i++;
        last = i;
        // "Friday, Nov. 29" and "Tuesday 12 March": the written date says which Friday
        var written = ExplicitDates.Match(t, t.Norm(i + 1) == "," ? i + 2 : i + 1, published, out var writtenLast);
        if (written is { Precision: "day" })
        {
            last = writtenLast;
            return written with { Span = new TextSpan(t[first].Span.Start, written.Span.End) };
        }
        var future = modifier == "next" || (modifier != "last" && FutureBefore(t, first));
        var date = modifier switch
        {
            "last" or "past" => LastWeekday(published, day),
            _ when future => DateMath.EarliestAfter(published, day, allowSameDay: modifier != "next"),
            _ => DateMath.LatestOnOrBefore(published, day),
        };
        return new DateMention(t.Span(first, last), date, date, "day", false);
    }

    private static DateOnly LastWeekday(DateOnly published, DayOfWeek day)
    {
        var d = DateMath.LatestOnOrBefore(published, day);
        return d == published ? d.AddDays(-7) : d;
    }

    // "talks will resume on Monday": a future auxiliary shortly before the weekday, in the same clause
    // ("due" is left out: "due to shelling on Friday" is a cause, not a plan)
    private static bool FutureBefore(DateTokens t, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 6); k--)
        {
            var n = t.Norm(k);
            if (n is "will" or "'ll" or "scheduled" or "tomorrow") return true;
            if (n is "." or ";" or "," or "said" or "says" or "after" or "since" or "before") return false;
        }
        return false;
    }

    private static DateMention? Deictic(DateTokens t, int i, DateOnly published, out int last)
    {
        last = i;
        var offset = t.Norm(i) switch
        {
            "yesterday" => -1,
            "today" or "tonight" or "overnight" => 0,
            "tomorrow" => 1,
            "last" when t.Norm(i + 1) == "night" => -1,
            "this" when t.Norm(i + 1) is "morning" or "afternoon" or "evening" => 0,
            _ => int.MinValue,
        };
        if (offset == int.MinValue) return null;
        // "overnight into Saturday" and "overnight Friday" are the weekday's, read next
        if (t.Norm(i) == "overnight" && (DateWords.Weekdays.ContainsKey(t.Norm(i + 1)) || DateWords.Weekdays.ContainsKey(t.Norm(i + 2)))) return null;
        if (t.Norm(i) is "last" or "this") last = i + 1;
        else if (t.Norm(i) is "yesterday" or "today" && DateWords.PartsOfDay.Contains(t.Norm(i + 1))) last = i + 1;
        var d = published.AddDays(offset);
        return new DateMention(t.Span(i, last), d, d, "day", false);
    }

    // "two days ago", "a week ago"
    private static DateMention? Ago(DateTokens t, int i, DateOnly published, out int last)
    {
        var (n, numberEnd) = t.Quantity(i);
        last = numberEnd + 2;
        if (n is < 1 or > 400 || t.Norm(numberEnd + 2) != "ago") return null;
        return t.Norm(numberEnd + 1) switch
        {
            "day" or "days" => Mention(t, i, last, published.AddDays(-n), published.AddDays(-n), "day"),
            "week" or "weeks" => Mention(t, i, last, published.AddDays(-7 * n - 3), published.AddDays(-7 * n + 3), "week"),
            "month" or "months" => Month(t, i, last, published.AddMonths(-n)),
            _ => null,
        };
    }

    private static DateMention Month(DateTokens t, int first, int last, DateOnly day)
    {
        var start = new DateOnly(day.Year, day.Month, 1);
        return Mention(t, first, last, start, DateMath.MonthEnd(start), "month");
    }

    private static DateMention Mention(DateTokens t, int first, int last, DateOnly start, DateOnly end, string precision) =>
        new(t.Span(first, last), start, end, precision, false);
}
