using System.Collections.Frozen;

namespace NewsEvents.Extraction.Text;

/// <summary>A phrase found in a sentence: tokens [First, Last] inclusive.</summary>
public readonly record struct PhraseMatch<T>(int First, int Last, T Value, TextSpan Span);

/// <summary>
/// Multi-word phrases keyed on folded token norms, matched longest-first. Hyphen tokens are skipped on both sides,
/// so "car-bomb", "car bomb" and a phrase written "car bomb" meet. Built once, read-only afterwards: thread-safe.
/// </summary>
public sealed class PhraseIndex<T>
{
    // first token -> candidate phrases (remaining tokens), longest first
    private readonly FrozenDictionary<string, (string[] Tail, T Value)[]> _byFirst;

    public PhraseIndex(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var groups = new Dictionary<string, List<(string[] Tail, T Value)>>();
        var seen = new HashSet<string>();
        foreach (var (phrase, value) in phrases)
        {
            var words = Folding.Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || !seen.Add(string.Join(' ', words))) continue;
            if (!groups.TryGetValue(words[0], out var list)) groups[words[0]] = list = [];
            list.Add((words[1..], value));
        }
        _byFirst = groups.ToFrozenDictionary(g => g.Key, g => g.Value.OrderByDescending(p => p.Tail.Length).ToArray());
    }

    public int Count => _byFirst.Sum(p => p.Value.Length);

    /// <summary>The longest phrase starting at token <paramref name="start"/>, if any.</summary>
    public bool TryMatchAt(IReadOnlyList<Token> tokens, int start, out PhraseMatch<T> match)
    {
        match = default;
        if (!_byFirst.TryGetValue(tokens[start].Norm, out var candidates)) return false;
        foreach (var (tail, value) in candidates)
        {
            var i = start;
            var ok = true;
            foreach (var word in tail)
            {
                i++;
                while (i < tokens.Count && tokens[i].IsHyphen) i++;
                if (i >= tokens.Count || tokens[i].Norm != word) { ok = false; break; }
            }
            if (!ok) continue;
            match = new PhraseMatch<T>(start, i, value, new TextSpan(tokens[start].Span.Start, tokens[i].Span.End));
            return true;
        }
        return false;
    }

    /// <summary>All non-overlapping matches in a sentence, left to right, longest at each position.</summary>
    public List<PhraseMatch<T>> MatchAll(IReadOnlyList<Token> tokens)
    {
        var found = new List<PhraseMatch<T>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryMatchAt(tokens, i, out var m)) { found.Add(m); i = m.Last; }
        }
        return found;
    }
}
