namespace NewsEvents.Extraction.Actors;

/// <summary>
/// Finds which actor a piece of text refers to, for the stages after actors (people's affiliations, claim speakers, toll sides, event roles).
/// Build it once per article from <see cref="ActorFinder.Find"/>'s result.
/// </summary>
public sealed class ActorIndex
{
    private readonly (TextSpan Span, ActorResult Actor)[] _mentions;

    public ActorIndex(IReadOnlyList<ActorResult> actors)
    {
        var mentions = new List<(TextSpan, ActorResult)>();
        foreach (var a in actors)
            foreach (var s in a.Spans) mentions.Add((s, a));
        mentions.Sort((x, y) => x.Item1.Start.CompareTo(y.Item1.Start));
        _mentions = [.. mentions];
    }

    /// <summary>The actor one of whose mentions covers <paramref name="offset"/>, or null.</summary>
    public ActorResult? At(int offset)
    {
        int lo = 0, hi = _mentions.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        // mentions may nest ("Syrian and Russian warplanes"): look back over the few that start before the offset
        for (var i = found; i >= 0 && i > found - 4; i--)
            if (_mentions[i].Span.Start <= offset && offset < _mentions[i].Span.End) return _mentions[i].Actor;
        return null;
    }

    /// <summary>Every actor mentioned inside <paramref name="range"/> (a sentence, a clause), in text order, each once.</summary>
    public IReadOnlyList<ActorResult> Within(TextSpan range)
    {
        var result = new List<ActorResult>();
        foreach (var (span, actor) in _mentions)
        {
            if (span.Start >= range.End) break;
            if (range.Contains(span) && !result.Contains(actor)) result.Add(actor);
        }
        return result;
    }

    /// <summary>The last actor mentioned before <paramref name="offset"/> (for "the group said", "its fighters"), or null.</summary>
    public ActorResult? Before(int offset)
    {
        ActorResult? last = null;
        foreach (var (span, actor) in _mentions)
        {
            if (span.End > offset) break;
            last = actor;
        }
        return last;
    }
}
