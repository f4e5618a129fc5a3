using System.Collections.Frozen;
using System.IO.Compression;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Lexicon;

/// <summary>A noun compound found ending at a head token: tokens [Start, End) and the classes of the whole.</summary>
public readonly record struct CompoundMatch(int Start, int End, WordClass Classes)
{
    /// <summary>How many tokens the match covers (hyphens inside it included).</summary>
    public int Length => End - Start;
}

/// <summary>
/// WordNet's word classes for English nouns, single and multi-word ("herder", "street cleaner", "car bomb"), loaded
/// once from Resources/wordnet (built by tools/wordnet/build.py). Look-ups take folded lower-case words, as
/// <see cref="Token.Norm"/> holds them, and fall back to the singular ("sheikhs", "militiamen", "children").
/// Immutable after loading, so thread-safe.
/// </summary>
public sealed class WordClasses
{
    private static readonly Lazy<WordClasses> Shared = new(() => Load(
        new GZipStream(ResourceFiles.Open("wordnet/nouns.tsv.gz"), CompressionMode.Decompress),
        ResourceFiles.ReadLines("wordnet/plurals.tsv")));

    private readonly FrozenDictionary<string, WordClass> _classes;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Singulars _singulars;

    /// <summary>Reads nouns.tsv (lemma, comma-separated classes) and plurals.tsv (plural, singulars).</summary>
    public static WordClasses Load(Stream nouns, IEnumerable<string> plurals) => new(WordClassFile.Read(nouns), Singulars.Load(plurals));

    private WordClasses(Dictionary<string, WordClass> classes, Singulars singulars)
    {
        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        _singulars = singulars;
        MaxWords = classes.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    /// <summary>The classes shipped in the assembly, loaded on first use and shared.</summary>
    public static WordClasses LoadDefault() => Shared.Value;

    /// <summary>Number of lemmas with at least one class.</summary>
    public int Count => _classes.Count;

    /// <summary>Words in the longest lemma: the most a compound look-up reaches back.</summary>
    public int MaxWords { get; }

    /// <summary>
    /// The classes of a lemma or an inflected word ("herder", "herders", "street cleaners"): the word's own classes
    /// together with those of its singular. Input in another form ("Street-Cleaners") is folded first.
    /// </summary>
    public WordClass Of(string lemmaOrWord) => IsKey(lemmaOrWord) ? Of(lemmaOrWord.AsSpan()) : Of(ToKey(lemmaOrWord).AsSpan());

    /// <summary>As <see cref="Of(string)"/>, for a key already folded: lower case, words joined by single spaces.</summary>
    public WordClass Of(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return WordClass.None;
        var found = Exact(key);
        var cut = key.LastIndexOf(' ') + 1;
        Span<char> buffer = stackalloc char[128];
        if (cut <= buffer.Length) key[..cut].CopyTo(buffer);
        foreach (var singular in _singulars.Of(key[cut..], this))
        {
            // a singular can be longer than its plural ("terraria", "terrarium")
            var length = cut + singular.Length;
            if (length > buffer.Length) { found |= Exact(string.Concat(key[..cut], singular)); continue; }
            singular.AsSpan().CopyTo(buffer[cut..]);
            found |= Exact(buffer[..length]);
        }
        return found;
    }

    public bool IsPerson(string word) => (Of(word) & WordClass.Person) != 0;

    /// <summary>A combatant, security, or an armed group: "soldiers", "police", "militia".</summary>
    public bool IsArmed(string word) => (Of(word) & WordClass.Armed) != 0;

    /// <summary>
    /// The longest noun compound that ends at <paramref name="head"/> ("street cleaners", "car bomb"), or the head
    /// alone (its classes possibly None). Words are folded; a "-" between words is skipped ("street-cleaners").
    /// </summary>
    public CompoundMatch LongestEndingAt(IReadOnlyList<string> words, int head) =>
        LongestEndingAt(words.Count, i => words[i], head);

    /// <summary>As <see cref="LongestEndingAt(IReadOnlyList{string}, int)"/>, over a sentence's tokens.</summary>
    public CompoundMatch LongestEndingAt(IReadOnlyList<Token> tokens, int head) =>
        LongestEndingAt(tokens.Count, i => tokens[i].IsWord ? tokens[i].Norm : tokens[i].IsHyphen ? "-" : "", head);

    private CompoundMatch LongestEndingAt(int count, Func<int, string> word, int head)
    {
        if (head < 0 || head >= count) throw new ArgumentOutOfRangeException(nameof(head));
        // the words of the longest candidate, head first; a hyphen between two words is skipped
        var starts = new List<int>(MaxWords) { head };
        for (var k = head - 1; k >= 0 && starts.Count < MaxWords;)
        {
            var w = word(k);
            if (w == "-" && k > 0 && word(k - 1) is { Length: > 0 } before && before != "-") { starts.Add(k - 1); k -= 2; }
            else if (w.Length > 0 && w != "-") { starts.Add(k); k--; }
            else break;
        }
        for (var n = starts.Count; n > 1; n--)
        {
            var key = string.Join(' ', Enumerable.Range(0, n).Select(i => word(starts[n - 1 - i])));
            var classes = Of(key.AsSpan());
            if (classes != WordClass.None) return new(starts[n - 1], head + 1, classes);
        }
        return new(head, head + 1, Of(word(head).AsSpan()));
    }

    internal bool Contains(ReadOnlySpan<char> key) => _bySpan.ContainsKey(key);

    private WordClass Exact(ReadOnlySpan<char> key) => _bySpan.TryGetValue(key, out var c) ? c : WordClass.None;

    // already in key form: no upper case, no separator but single inner spaces
    private static bool IsKey(string s)
    {
        if (s.Length == 0 || s[0] == ' ' || s[^1] == ' ') return false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c > 127 || char.IsUpper(c) || c is '-' or '_' || char.IsWhiteSpace(c) && (c != ' ' || s[i - 1] == ' ')) return false;
        }
        return true;
    }

    private static string ToKey(string s) =>
        string.Join(' ', Folding.Fold(s).Split([' ', '-', '_', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
