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
        Span<char> buffer = key.Length <= 128 ? stackalloc char[key.Length + 2] : new char[key.Length + 2];
        key[..cut].CopyTo(buffer);
        foreach (var singular in _singulars.Of(key[cut..], this))
        {
            singular.AsSpan().CopyTo(buffer[cut..]);
            found |= Exact(buffer[..(cut + singular.Length)]);
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

    /// <summary>Reads nouns.tsv (lemma, comma-separated classes) and plurals.tsv (plural, singulars).</summary>
    public static WordClasses Load(Stream nouns, IEnumerable<string> plurals)
    {
        var classes = new Dictionary<string, WordClass>(20_000, StringComparer.Ordinal);
        using (var reader = new StreamReader(nouns, bufferSize: 1 << 16))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var tab = line.IndexOf('\t');
                if (tab <= 0) continue;
                classes[line[..tab]] = Parse(line.AsSpan(tab + 1));
            }
        }
        return new WordClasses(classes, Singulars.Load(plurals));
    }

    private static WordClass Parse(ReadOnlySpan<char> names)
    {
        var classes = WordClass.None;
        foreach (var r in names.Split(','))
            classes |= names[r] switch
            {
                "person" => WordClass.Person,
                "combatant" => WordClass.Combatant,
                "security" => WordClass.Security,
                "official" => WordClass.Official,
                "civilian" => WordClass.Civilian,
                "armed_group" => WordClass.ArmedGroup,
                "social_group" => WordClass.SocialGroup,
                "organisation" => WordClass.Organisation,
                "weapon" => WordClass.Weapon,
                "vehicle" => WordClass.Vehicle,
                "facility" => WordClass.Facility,
                "settlement" => WordClass.Settlement,
                "geographic" => WordClass.GeographicFeature,
                "proper" => WordClass.Proper,
                var other => throw new InvalidDataException($"wordnet/nouns.tsv.gz: unknown class '{other}'"),
            };
        return classes;
    }
}
