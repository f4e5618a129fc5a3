namespace NewsEvents.Extraction.Text;

/// <summary>
/// Mention spans of an article sorted by start, each with the item it belongs to, for look-ups by position in
/// O(log n) instead of a scan of every mention: a stage asks once per claim or toll, so a scan would be quadratic.
/// </summary>
internal sealed class SpanIndex<T>
{
    private readonly (TextSpan Span, T Item)[] _entries;
    private readonly int _longest;

    public SpanIndex(IEnumerable<(TextSpan Span, T Item)> entries)
    {
        _entries = entries.ToArray();
        Array.Sort(_entries, (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        foreach (var e in _entries) _longest = Math.Max(_longest, e.Span.Length);
    }

    public int Count => _entries.Length;

    /// <summary>The entries overlapping <paramref name="span"/>, in order of start.</summary>
    public IEnumerable<(TextSpan Span, T Item)> Overlapping(TextSpan span)
    {
        for (var i = FirstStartingAtOrAfter(span.Start - _longest); i < _entries.Length && _entries[i].Span.Start < span.End; i++)
            if (_entries[i].Span.Overlaps(span)) yield return _entries[i];
    }

    /// <summary>The entry with the latest start among those ending at or before <paramref name="at"/>.</summary>
    public (TextSpan Span, T Item)? LastEndingBy(int at)
    {
        // Walking back from the last start before at: an entry starting earlier than at minus the longest length ends
        // by at for certain, so the walk is short.
        for (var i = FirstStartingAtOrAfter(at) - 1; i >= 0; i--)
            if (_entries[i].Span.End <= at) return _entries[i];
        return null;
    }

    /// <summary>The entry with the latest start before <paramref name="at"/>.</summary>
    public (TextSpan Span, T Item)? LastStartingBefore(int at)
    {
        var i = FirstStartingAtOrAfter(at) - 1;
        return i >= 0 ? _entries[i] : null;
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        int lo = 0, hi = _entries.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_entries[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
