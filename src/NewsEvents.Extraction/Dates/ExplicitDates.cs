namespace NewsEvents.Extraction.Dates;

/// <summary>
/// Written dates: "2024-11-29", "29/11/2024", "on 29/11", "29 November", "November 29", "Nov. 29, 2024", "the 29th of November",
/// "November 2024", "in November", "mid-November". Without a year the date is the most recent such day not later
/// than a few days after publication; without a publication date only dates that carry their year resolve.
/// </summary>
internal static class ExplicitDates
{
    public static DateMention? Match(DateTokens t, int i, DateOnly? published, out int last)
    {
        last = i;
        return Iso(t, i, out last) ?? Numeric(t, i, published, out last) ?? NumericNoYear(t, i, published, out last) ?? DayMonth(t, i, published, out last)
            ?? MonthDay(t, i, published, out last) ?? Month(t, i, published, out last);
    }

    private static DateMention? Iso(DateTokens t, int i, out int last)
    {
        last = i + 4;
        if (!t.IsYear(i) || t.Norm(i + 1) != "-" || t.Norm(i + 3) != "-" || !t.Touches(i) || !t.Touches(i + 1) || !t.Touches(i + 2) || !t.Touches(i + 3)) return null;
        return Day(t, i, last, DateMath.TryDate(t.Integer(i), t.Integer(i + 2), t.Integer(i + 4)));
    }

    // 29/11/2024 is day first; 11/29/2024 can only be month first; 3/4/2024 is read the way that lands nearer publication.
    private static DateMention? Numeric(DateTokens t, int i, DateOnly? published, out int last)
    {
        last = i + 4;
        if (t.Norm(i + 1) != "/" || t.Norm(i + 3) != "/" || !t.Touches(i) || !t.Touches(i + 1) || !t.Touches(i + 2) || !t.Touches(i + 3)) return null;
        int a = t.Integer(i), b = t.Integer(i + 2), y = t.Integer(i + 4);
        if (a < 1 || b < 1 || y < 0) return null;
        if (y < 100) y += 2000;
        var dayFirst = DateMath.TryDate(y, b, a);
        var monthFirst = DateMath.TryDate(y, a, b);
        var date = (dayFirst, monthFirst) switch
        {
            ({ } d, { } m) when published is { } p => Math.Abs(p.DayNumber - d.DayNumber) <= Math.Abs(p.DayNumber - m.DayNumber) ? d : m,
            ({ } d, _) => d,
            (_, { } m) => m,
            _ => (DateOnly?)null,
        };
        return Day(t, i, last, date);
    }

    // "on 25/12", "during the night of 4/11": day and month with no year, read against the publication date. Only after a
    // word that makes it time, so that "1/2" and scores stay numbers.
    private static DateMention? NumericNoYear(DateTokens t, int i, DateOnly? published, out int last)
    {
        last = i + 2;
        if (published is not { } p || t.Norm(i + 1) != "/" || !t.Touches(i) || !t.Touches(i + 1) || t.Norm(i + 3) == "/") return null;
        if (t.Norm(i - 1) is not ("on" or "of" or "night" or "evening" or "morning" or "afternoon" or "since" or "until" or "between" or "and")) return null;
        int day = t.Integer(i), month = t.Integer(i + 2);
        if (day is < 1 or > 31 || month is < 1 or > 12) return null;
        return Day(t, i, last, DateMath.YearlessDate(month, day, p));
    }

    // "29 November", "the 29th of November", and the range "29-30 November"
    private static DateMention? DayMonth(DateTokens t, int i, DateOnly? published, out int last)
    {
        var first = i;
        if (t.Norm(i) == "the") i++;
        last = i;
        var day = t.DayOfMonth(i);
        if (day < 0) return null;
        var m = i + 1;
        var endDay = day;
        if (t.Norm(m) == "-" && t.DayOfMonth(m + 1) > day) { endDay = t.DayOfMonth(m + 1); m += 2; }
        if (t.Norm(m) == "of") m++;
        if (!DateWords.Months.TryGetValue(t.Norm(m), out var month) || !t.IsCapitalized(m)) return null;
        if (AbbreviationDot(t, m)) m++;
        last = m;
        if (first < i && t.Norm(i + 1) != "of") first = i; // "the 29 November" keeps "the" out
        return WithYear(t, first, ref last, month, day, endDay, published);
    }

    // "November 29", "Nov. 29", and the range "November 29-30"
    private static DateMention? MonthDay(DateTokens t, int i, DateOnly? published, out int last)
    {
        last = i;
        if (!DateWords.Months.TryGetValue(t.Norm(i), out var month) || !t.IsCapitalized(i)) return null;
        var d = AbbreviationDot(t, i) ? i + 2 : i + 1;
        var day = t.DayOfMonth(d);
        if (day < 0) return null;
        last = d;
        var endDay = day;
        if (t.Norm(d + 1) == "-" && t.DayOfMonth(d + 2) > day) { endDay = t.DayOfMonth(d + 2); last = d + 2; }
        return WithYear(t, i, ref last, month, day, endDay, published);
    }

    private static DateMention? WithYear(DateTokens t, int first, ref int last, int month, int day, int endDay, DateOnly? published)
    {
        var y = t.Norm(last + 1) == "," ? last + 2 : last + 1;
        DateOnly? start;
        if (t.IsYear(y))
        {
            last = y;
            start = DateMath.TryDate(t.Integer(y), month, day);
        }
        else start = published is { } p ? DateMath.YearlessDate(month, day, p) : null;
        if (start is not { } s) return null;
        if (endDay == day) return Day(t, first, last, s);
        var end = DateMath.TryDate(s.Year, month, endDay);
        return end is { } e ? new DateMention(t.Span(first, last), s, e, "period", false) : null;
    }

    // "November 2024", or a bare month after a word that makes it time ("in November", "since March", "mid-November")
    private static DateMention? Month(DateTokens t, int i, DateOnly? published, out int last)
    {
        last = i;
        var first = i;
        if (t.Norm(i) is "early" or "mid" or "late")
        {
            i += t.Norm(i + 1) == "-" ? 2 : 1;
        }
        if (!DateWords.Months.TryGetValue(t.Norm(i), out var month) || !t.IsCapitalized(i)) return null;
        if (AbbreviationDot(t, i)) i++;
        last = i;
        DateOnly start;
        if (t.IsYear(i + 1)) { last = i + 1; start = new DateOnly(t.Integer(i + 1), month, 1); }
        else if (published is { } p && (first < i || t.Norm(first - 1) is "in" or "since" or "until" or "by" or "of" or "during" or "from" or "last" or "this" or "through"))
            start = DateMath.YearlessMonth(month, p);
        else return null;
        return new DateMention(t.Span(first, last), start, DateMath.MonthEnd(start), "month", false);
    }

    // "Nov." keeps its dot; "November." ends a sentence
    private static bool AbbreviationDot(DateTokens t, int month) =>
        t.Norm(month + 1) == "." && t.Touches(month) && t.Norm(month).Length <= 4 && t.Norm(month) is not ("may" or "june" or "july");

    private static DateMention? Day(DateTokens t, int first, int last, DateOnly? date) =>
        date is { } d ? new DateMention(t.Span(first, last), d, d, "day", false) : null;
}
