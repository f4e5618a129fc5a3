namespace NewsEvents.SyntaxTrain;

/// <summary>
/// The tagger's classes: UPOS and XPOS together ("VERB|VBN", "ADP|IN", "SCONJ|IN"). The parser gains from the finer
/// tag (participles, "to", wh-words); pairs seen fewer than <see cref="MinCount"/> times in train fold into their
/// UPOS's most frequent pair, so that no class is too rare to learn.
/// </summary>
internal sealed class TagClasses
{
    public const int MinCount = 30;

    private readonly HashSet<string> _kept;
    private readonly Dictionary<string, string> _fallback;

    public TagClasses(IEnumerable<ConlluSentence> sentences)
    {
        var counts = sentences.SelectMany(s => s.Upos.Select((u, i) => (Upos: u, Pair: u + "|" + s.Xpos[i])))
            .GroupBy(t => t).Select(g => (g.Key.Upos, g.Key.Pair, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Pair, StringComparer.Ordinal).ToList();
        _fallback = counts.GroupBy(c => c.Upos).ToDictionary(g => g.Key, g => g.First().Pair);
        _kept = counts.Where(c => c.Count >= MinCount).Select(c => c.Pair).Concat(_fallback.Values).ToHashSet();
        Names = _kept.Order(StringComparer.Ordinal).ToArray();
    }

    public string[] Names { get; }

    public string Of(string upos, string xpos)
    {
        var pair = upos + "|" + xpos;
        return _kept.Contains(pair) ? pair : _fallback[upos];
    }
}
