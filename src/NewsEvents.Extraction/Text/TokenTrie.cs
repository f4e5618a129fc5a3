using System.Runtime.InteropServices;

namespace NewsEvents.Extraction.Text;

/// <summary>A phrase found in a sentence: tokens [First, Last] inclusive.</summary>
public readonly record struct PhraseMatch<T>(int First, int Last, T Value, TextSpan Span);

/// <summary>
/// The one phrase matcher of every lexicon: a trie over token keys (<see cref="TokenKeys"/>), walked one hash look-up per
/// token, longest entry winning. Event triggers, parties, actors' names and state words, the casualty grammar's phrases
/// and the gazetteer's names are all held in one of these and matched against the keys a sentence computed once.
/// <para>
/// Words are interned to ids and edges are one map from (node, word) to node, with a node's first value in a flat array:
/// no object per node, so the gazetteer's 640,000 names cost about as much as a plain name-to-id map. Built once,
/// read-only afterwards, hence safe to share between threads.
/// </para>
/// </summary>
public sealed class TokenTrie<T>
{
    public const int Root = 0;

    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly Dictionary<long, int> _edges;
    private IReadOnlySet<string>? _firstKeys;
    // per node: how many values it holds (2 meaning "two or more"); the first sits in _first, all of them in _more
    private byte[] _counts = new byte[64];
    private T[] _first = new T[64];
    private readonly Dictionary<int, T[]> _more = [];
    private int _nodes = 1;

    /// <param name="words">How many distinct words to make room for; sizing a big lexicon up front saves rehashing.</param>
    /// <param name="edges">How many edges (words over all phrases, shared prefixes once) to make room for.</param>
    public TokenTrie(int words = 0, int edges = 0)
    {
        _words = new Dictionary<string, int>(words, StringComparer.Ordinal);
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = new Dictionary<long, int>(edges);
    }

    /// <summary>Gives back the room left over from loading; call once, when the last entry is in.</summary>
    public void TrimExcess()
    {
        Array.Resize(ref _counts, _nodes);
        Array.Resize(ref _first, _nodes);
        _edges.TrimExcess();
        _words.TrimExcess();
    }

    /// <summary>A lexicon of written phrases, each tokenized as article text is; the first entry of a phrase wins.</summary>
    public static TokenTrie<T> Of(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var trie = new TokenTrie<T>();
        foreach (var (phrase, value) in phrases) trie.AddIfNew(TokenKeys.OfPhrase(phrase), value);
        return trie;
    }

    /// <summary>The keys an entry can start with: one set look-up rules most tokens out before any walk.</summary>
    public IReadOnlySet<string> FirstKeys => _firstKeys ??= FirstWords();

    /// <summary>How many distinct phrases hold a value.</summary>
    public int Count { get; private set; }

    /// <summary>The longest phrase any entry has, in keys.</summary>
    public int MaxLength { get; private set; }

    /// <summary>Adds <paramref name="value"/> under the phrase; a value equal to one the phrase already holds is not added twice.</summary>
    public void Add(IReadOnlyList<string> keys, T value)
    {
        var node = NodeOf(keys);
        if (node > Root) Put(node, value);
    }

    /// <summary>Adds the value only when the phrase holds none yet: the first entry of a lexicon file wins.</summary>
    public bool AddIfNew(IReadOnlyList<string> keys, T value)
    {
        var node = NodeOf(keys);
        if (node == Root || _counts[node] > 0) return false;
        Put(node, value);
        return true;
    }

    /// <summary>Adds under a phrase written as keys joined by single spaces ("san pedro"), read from a slice of a loaded line.</summary>
    public void AddJoined(ReadOnlySpan<char> joined, T value)
    {
        var node = Root;
        var length = 0;
        foreach (var range in joined.Split(' '))
        {
            var word = joined[range];
            if (word.IsEmpty) continue;
            node = Child(node, WordId(word));
            length++;
        }
        if (node == Root) return;
        if (length > MaxLength) MaxLength = length;
        Put(node, value);
    }

    /// <summary>The node reached from <paramref name="node"/> by one key, or -1.</summary>
    public int Next(int node, string key) =>
        node >= 0 && _words.TryGetValue(key, out var w) && _edges.TryGetValue(Edge(node, w), out var child) ? child : -1;

    public int Next(int node, ReadOnlySpan<char> key) =>
        node >= 0 && _wordsBySpan.TryGetValue(key, out var w) && _edges.TryGetValue(Edge(node, w), out var child) ? child : -1;

    public bool HasValues(int node) => node > Root && _counts[node] > 0;

    /// <summary>A node's values; the array is the trie's own when there are several, so callers only read it.</summary>
    public T[] ValuesOf(int node)
    {
        if (!HasValues(node)) return [];
        return _counts[node] == 1 ? [_first[node]] : _more[node];
    }

    /// <summary>The values of a phrase written as keys joined by single spaces, or null.</summary>
    public T[]? Find(ReadOnlySpan<char> joined)
    {
        var node = Root;
        foreach (var range in joined.Split(' '))
        {
            if (joined[range].IsEmpty) continue;
            if ((node = Next(node, joined[range])) < 0) return null;
        }
        return HasValues(node) ? ValuesOf(node) : null;
    }

    /// <summary>
    /// The longest entry starting at <paramref name="start"/> for which <paramref name="accept"/> holds for at least one
    /// value. Null keys (hyphens, apostrophes) are stepped over, so "al-Sham" and "al Sham" meet. Returns the index after
    /// the entry's last key, or -1.
    /// </summary>
    public int Match<TState>(IReadOnlyList<string?> keys, int start, TState state, Func<TState, T, int, int, bool> accept, out IReadOnlyList<T>? values)
    {
        values = null;
        int best = -1, bestNode = -1;
        if (start >= keys.Count || keys[start] is null) return -1;
        var node = Root;
        for (var j = start; j < keys.Count; j++)
        {
            if (keys[j] is not { } key) continue;
            if ((node = Next(node, key)) < 0) break;
            if (_counts[node] == 0) continue;
            if (!Accepts(node, state, accept, start, j + 1)) continue;
            best = j + 1;
            bestNode = node;
        }
        // the values of the longest entry only: shorter ones passed on the way are not copied out
        if (bestNode >= 0) values = ValuesOf(bestNode);
        return best;
    }

    public int Match(IReadOnlyList<string?> keys, int start, out IReadOnlyList<T>? values) =>
        Match(keys, start, 0, static (_, _, _, _) => true, out values);

    /// <summary>The longest entry starting at token <paramref name="start"/> of a sentence, with its first value.</summary>
    public bool TryMatchAt(Sentence sentence, int start, out PhraseMatch<T> match) => TryMatchAt(sentence.Tokens, sentence.Keys, start, out match);

    public bool TryMatchAt(IReadOnlyList<Token> tokens, IReadOnlyList<string?> keys, int start, out PhraseMatch<T> match)
    {
        match = default;
        var end = Match(keys, start, out var values);
        if (end < 0) return false;
        match = new PhraseMatch<T>(start, end - 1, values![0], new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End));
        return true;
    }

    /// <summary>All non-overlapping entries in a sentence, left to right, the longest at each position.</summary>
    public List<PhraseMatch<T>> MatchAll(Sentence sentence) => MatchAll(sentence.Tokens, sentence.Keys);

    /// <summary>As <see cref="MatchAll(Sentence)"/>, over a run of tokens that is no whole sentence.</summary>
    public List<PhraseMatch<T>> MatchAll(IReadOnlyList<Token> tokens) => MatchAll(tokens, TokenKeys.Of(tokens));

    private List<PhraseMatch<T>> MatchAll(IReadOnlyList<Token> tokens, IReadOnlyList<string?> keys)
    {
        var found = new List<PhraseMatch<T>>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] is not { } key || !FirstKeys.Contains(key)) continue;
            if (TryMatchAt(tokens, keys, i, out var m)) { found.Add(m); i = m.Last; }
        }
        return found;
    }

    /// <summary>
    /// Every entry read word by word from token <paramref name="start"/> one way (<paramref name="step"/> +1 forward, -1
    /// backward, for a trie built over reversed phrases), longest first, each with the token it ends on. Tokens are
    /// taken as they stand, hyphens included, for grammars that count the words they matched.
    /// </summary>
    public List<(int Last, T Value)> Entries(IReadOnlyList<Token> tokens, int start, int step)
    {
        var found = new List<(int, T)>();
        var node = Root;
        for (var j = start; j >= 0 && j < tokens.Count; j += step)
        {
            if ((node = Next(node, tokens[j].Norm)) < 0) break;
            if (_counts[node] == 0) continue;
            if (_counts[node] == 1) found.Add((j, _first[node]));
            else foreach (var v in _more[node]) found.Add((j, v));
        }
        found.Reverse();
        return found;
    }

    private bool Accepts<TState>(int node, TState state, Func<TState, T, int, int, bool> accept, int start, int end)
    {
        if (accept(state, _first[node], start, end)) return true;
        if (_counts[node] == 1) return false;
        foreach (var v in _more[node])
            if (accept(state, v, start, end)) return true;
        return false;
    }

    private int NodeOf(IReadOnlyList<string> keys)
    {
        var node = Root;
        foreach (var key in keys) node = Child(node, WordId(key));
        if (keys.Count > MaxLength) MaxLength = keys.Count;
        return node;
    }

    private void Put(int node, T value)
    {
        var comparer = EqualityComparer<T>.Default;
        switch (_counts[node])
        {
            case 0:
                _first[node] = value;
                Count++;
                break;
            case 1:
                if (comparer.Equals(_first[node], value)) return;
                _more[node] = [_first[node], value];
                break;
            default:
                var values = _more[node];
                foreach (var v in values)
                    if (comparer.Equals(v, value)) return;
                Array.Resize(ref values, values.Length + 1);
                values[^1] = value;
                _more[node] = values;
                break;
        }
        if (_counts[node] < 2) _counts[node]++;
    }

    private int Child(int node, int word)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_edges, Edge(node, word), out var exists);
        if (exists) return slot;
        slot = _nodes++;
        if (_nodes >= _counts.Length)
        {
            Array.Resize(ref _counts, _counts.Length * 2);
            Array.Resize(ref _first, _first.Length * 2);
        }
        return slot;
    }

    private int WordId(string word)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_words, word, out var exists);
        if (!exists) slot = _words.Count - 1;
        _firstKeys = null;
        return slot;
    }

    private int WordId(ReadOnlySpan<char> word)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_wordsBySpan, word, out var exists);
        if (!exists) slot = _words.Count - 1;
        _firstKeys = null;
        return slot;
    }

    // built on first use rather than kept while loading: the gazetteer never asks, and would pay for a set of 400,000 words
    private HashSet<string> FirstWords()
    {
        var atRoot = new HashSet<int>();
        foreach (var edge in _edges.Keys)
            if (edge >> 32 == Root) atRoot.Add((int)(edge & uint.MaxValue));
        var first = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, id) in _words)
            if (atRoot.Contains(id)) first.Add(word);
        return first;
    }

    private static long Edge(int node, int word) => ((long)node << 32) | (uint)word;
}
