namespace NewsEvents.Extraction.Text;

/// <summary>
/// An article's facts sorted by the sentences they touch, once: a stage reads each sentence's dates, tolls,
/// claims, actors and places from its bucket instead of filtering whole-article lists for every sentence, which made
/// a long article's cost grow with the square of its length.
/// </summary>
internal static class SentenceBuckets
{
    public static List<T>[] Of<T>(AnalyzedText text, IEnumerable<T> items, Func<T, TextSpan> span)
    {
        var buckets = new List<T>[text.Sentences.Count];
        for (var i = 0; i < buckets.Length; i++) buckets[i] = [];
        if (buckets.Length == 0) return buckets;
        foreach (var item in items)
        {
            var s = span(item);
            var first = text.SentenceAt(s.Start).Index;
            var last = text.SentenceAt(Math.Max(s.Start, s.End - 1)).Index;
            for (var k = first; k <= last; k++) buckets[k].Add(item);
        }
        return buckets;
    }
}
