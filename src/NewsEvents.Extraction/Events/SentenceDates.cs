using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>Which of a sentence's dates is when its event happened: the first that is neither background nor the day of a report.</summary>
internal static class SentenceDates
{
    private static readonly HashSet<string> ReportWords = ["reported", "report", "reports", "published", "posted", "announced", "said", "stated", "confirmed", "told", "released", "issued", "statement"];
    private static readonly HashSet<string> Glue = ["on", "as", "(", "was", "were", "it", "last", "first", "late", "early", "arm", "wing", "channel", "agency"];

    /// <summary>
    /// "As reported on 3 May, militants..." happened on or before 3 May: the sentence's event date is its first date that is
    /// neither background nor a report's day; the report's day is returned apart, an estimate when nothing better is known.
    /// </summary>
    public static (DateMention? Event, DateMention? Report) Of(Sentence sentence, List<DateMention> dates)
    {
        DateMention? report = null;
        foreach (var d in dates)
        {
            if (d.Background) continue;
            if (IsReportDay(sentence, d)) { report ??= d; continue; }
            return (d, report);
        }
        return (null, report);
    }

    /// <summary>Of several event dates in one sentence, the one told in the trigger's clause: the nearest after it, else before it.</summary>
    public static DateMention? Nearest(Sentence sentence, List<DateMention> dates, TextSpan trigger)
    {
        var events = dates.Where(d => !d.Background && !IsReportDay(sentence, d)).ToList();
        if (events.Count < 2) return null;
        // "Yesterday's strike", "Sunday's raid"
        var glued = events.FirstOrDefault(d => d.Span.End <= trigger.Start && trigger.Start - d.Span.End <= 3);
        if (glued is not null) return glued;
        var after = events.Where(d => d.Span.Start >= trigger.End && !PunctuationBetween(sentence, trigger.End, d.Span.Start)).OrderBy(d => d.Span.Start).FirstOrDefault();
        return after ?? events.Where(d => d.Span.End <= trigger.Start).OrderByDescending(d => d.Span.End).FirstOrDefault();
    }

    private static bool PunctuationBetween(Sentence sentence, int from, int to) =>
        sentence.Tokens.Any(t => t.Span.Start >= from && t.Span.End <= to && t.Norm is "," or ";" or ":");

    private static bool IsReportDay(Sentence sentence, DateMention date)
    {
        var i = sentence.TokenIndexAt(date.Span.Start);
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            var norm = sentence.Tokens[k].Norm;
            if (ReportWords.Contains(norm)) return true;
            if (!Glue.Contains(norm)) return false;
        }
        return false;
    }
}
