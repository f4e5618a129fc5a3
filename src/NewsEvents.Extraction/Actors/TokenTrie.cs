namespace NewsEvents.Extraction.Actors;

/// <summary>
/// A trie over token keys (see <see cref="ActorKeys"/>), so that multi-word names are found with one dictionary step per token
/// and the longest name wins. Read-only after loading, hence safe to share between threads.
/// </summary>
internal sealed class TokenTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<T>? Values;
    }

    private readonly Node _root = new();

    /// <summary>The keys an entry can start with: one set look-up rules most tokens out before any trie walk.</summary>
    public IEnumerable<string> FirstKeys => _root.Next?.Keys ?? Enumerable.Empty<string>();

    public void Add(IReadOnlyList<string> keys, T value)
    {
        if (keys.Count == 0) return;
        var node = _root;
        foreach (var key in keys)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(key, out var next)) node.Next[key] = next = new Node();
            node = next;
        }
        (node.Values ??= []).Add(value);
    }

    /// <summary>
    /// The longest entry starting at <paramref name="start"/> for which <paramref name="accept"/> holds for at least one value.
    /// Null keys (hyphens, apostrophes) are stepped over, so "al-Sham" and "al Sham" meet. Returns the token index after the match, or -1.
    /// </summary>
    public int Match<TState>(string?[] keys, int start, TState state, Func<TState, T, int, int, bool> accept, out List<T>? values)
    {
        values = null;
        var best = -1;
        if (start >= keys.Length || keys[start] is null) return -1;
        var node = _root;
        for (var j = start; j < keys.Length; j++)
        {
            var key = keys[j];
            if (key is null) continue;
            if (node.Next is null || !node.Next.TryGetValue(key, out var next)) break;
            node = next;
            if (node.Values is null) continue;
            foreach (var v in node.Values)
            {
                if (!accept(state, v, start, j + 1)) continue;
                best = j + 1;
                values = node.Values;
                break;
            }
        }
        return best;
    }

    public int Match(string?[] keys, int start, out List<T>? values) => Match(keys, start, 0, static (_, _, _, _) => true, out values);
}
