namespace NewsEvents.Extraction.Places;

/// <summary>
/// Look-ups in an article's mentions, which <see cref="PlaceCues.Mark"/> leaves sorted by sentence and start: by
/// binary search, so that a stage asking about every mention stays near linear in a long article.
/// </summary>
internal static class MentionOrder
{
    /// <summary>Index of the first mention in the sentence or after it (the count when none).</summary>
    public static int FirstIn(List<Mention> mentions, int sentence)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Sentence < sentence) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>As <see cref="List{T}.IndexOf(T)"/>, looking only in the mention's own sentence.</summary>
    public static int IndexOf(List<Mention> mentions, Mention m)
    {
        for (var i = FirstIn(mentions, m.Sentence); i < mentions.Count && mentions[i].Sentence == m.Sentence; i++)
            if (ReferenceEquals(mentions[i], m)) return i;
        return -1;
    }
}
