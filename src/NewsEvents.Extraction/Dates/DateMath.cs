namespace NewsEvents.Extraction.Dates;

/// <summary>Calendar arithmetic against the publication date; never the clock.</summary>
internal static class DateMath
{
    /// <summary>How far past publication a yearless date may fall and still be this year: a "March 3 meeting" announced on March 1.</summary>
    public const int Lookahead = 7;

    public static DateOnly LatestOnOrBefore(DateOnly published, DayOfWeek day) =>
        published.AddDays(-(((int)published.DayOfWeek - (int)day + 7) % 7));

    public static DateOnly EarliestAfter(DateOnly published, DayOfWeek day, bool allowSameDay)
    {
        var ahead = ((int)day - (int)published.DayOfWeek + 7) % 7;
        if (ahead == 0 && !allowSameDay) ahead = 7;
        return published.AddDays(ahead);
    }

    /// <summary>The most recent such day not later than a few days after publication.</summary>
    public static DateOnly? YearlessDate(int month, int day, DateOnly published)
    {
        foreach (var year in (ReadOnlySpan<int>)[published.Year + 1, published.Year, published.Year - 1])
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var d = new DateOnly(year, month, day);
            if (d <= published.AddDays(Lookahead)) return d;
        }
        return null;
    }

    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>The month (first day) of the most recent such month that has begun by publication.</summary>
    public static DateOnly YearlessMonth(int month, DateOnly published) =>
        new(month <= published.Month ? published.Year : published.Year - 1, month, 1);

    public static DateOnly MonthEnd(DateOnly first) => new(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month));

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
