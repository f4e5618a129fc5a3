using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>Binary search over the article's quotations (sorted by start), for per-token look-ups without a scan.</summary>
internal static class QuoteIndex
{
    public static TextSpan? At(AnalyzedText text, int offset)
    {
        var quotes = text.Quotes;
        int lo = 0, hi = quotes.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (quotes[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && offset < quotes[found].End ? quotes[found] : null;
    }

    public static bool Inside(AnalyzedText text, int offset) => At(text, offset) is not null;
}
