using System.Collections.Frozen;
using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>A harm phrase: its folded words, the toll kind it signals, and for triggers the words that must follow the counted noun.</summary>
public sealed record HarmPhrase(string[] Words, string Kind, string[][] Tails);

/// <summary>
/// The casualty grammar's vocabulary, loaded once from Resources/tolls/*.tsv, with WordNet's classes
/// (<see cref="WordClasses"/>) for the nouns that tolls/nouns.tsv does not list.
/// </summary>
public sealed class TollLexicon
{
    /// <summary>
    /// Noun heads that WordNet does not class as wanted: "victim", "combatant", "thing" or "harm:&lt;kind&gt;". Read
    /// through <see cref="NounClass"/>, which falls back on WordNet.
    /// </summary>
    public FrozenDictionary<string, string> Nouns { get; }

    private readonly WordClasses _words;

    // words of the harm phrases and their tails: the grammar reads them, WordNet must not make nouns of them
    // ("left hundreds homeless", "took 30 passengers hostage")
    private readonly FrozenSet<string> _phraseWords;

    public TollLexicon(IReadOnlyList<HarmPhrase> triggers, IReadOnlyList<HarmPhrase> outcomes, IReadOnlyDictionary<string, string> nouns,
        WordClasses words)
    {
        Nouns = nouns.ToFrozenDictionary();
        _words = words;
        _phraseWords = triggers.Concat(outcomes).SelectMany(p => p.Words.Concat(p.Tails.SelectMany(t => t))).ToFrozenSet();
        _triggerWords = triggers.Select(p => string.Join(' ', p.Words)).ToFrozenSet();
        HarmStarts = triggers.Concat(outcomes).Select(p => p.Words[0]).ToFrozenSet();
        foreach (var p in triggers) _triggersBackward.Add(p.Words.Reverse().ToArray(), p);
        foreach (var p in outcomes) _outcomes.Add(p.Words, p);
    }

    // the shared token trie, over the phrases' words: triggers read backward from the count, outcomes forward
    private readonly TokenTrie<HarmPhrase> _triggersBackward = new();
    private readonly TokenTrie<HarmPhrase> _outcomes = new();

    /// <summary>The trigger phrases that end just before token <paramref name="end"/>, longest first, each with its first token.</summary>
    public List<(int Last, HarmPhrase Phrase)> TriggersEndingAt(IReadOnlyList<Token> toks, int end) => _triggersBackward.Entries(toks, end - 1, -1);

    /// <summary>The longest trigger phrase that ends just before token <paramref name="end"/>.</summary>
    public HarmPhrase? TriggerEndingAt(IReadOnlyList<Token> toks, int end, out int start)
    {
        var found = TriggersEndingAt(toks, end);
        start = found.Count > 0 ? found[0].Last : end;
        return found.Count > 0 ? found[0].Phrase : null;
    }

    /// <summary>The longest outcome phrase that starts at token <paramref name="start"/>.</summary>
    public HarmPhrase? OutcomeAt(IReadOnlyList<Token> toks, int start) =>
        _outcomes.Entries(toks, start, 1) is { Count: > 0 } found ? found[0].Value : null;

    /// <summary>The kind of a one-word outcome ("dead", "missing"), or null.</summary>
    public string? OutcomeWord(string norm) =>
        _outcomes.Next(TokenTrie<HarmPhrase>.Root, norm) is var node && _outcomes.HasValues(node) ? _outcomes.ValuesOf(node)[0].Kind : null;

    /// <summary>First words of every harm phrase: they end a counted noun phrase ("11 killed").</summary>
    public FrozenSet<string> HarmStarts { get; }

    private readonly FrozenSet<string> _triggerWords;

    /// <summary>True when a phrase can also govern an object ("killed"), unlike "fled" or "died".</summary>
    public bool IsTransitive(HarmPhrase phrase) => _triggerWords.Contains(string.Join(' ', phrase.Words));

    /// <summary>
    /// The class of a noun head: the one tolls/nouns.tsv gives, else "combatant" for a WordNet person under arms
    /// (soldiers, police), "victim" for any other WordNet person ("sheikhs", "herders"), else null. Words of the harm
    /// phrases are never WordNet's.
    /// </summary>
    public string? NounClass(string norm)
    {
        if (Nouns.TryGetValue(norm, out var listed)) return listed;
        if (_phraseWords.Contains(norm)) return null;
        var classes = _words.Of(norm);
        if ((classes & WordClass.Person) == 0) return null;
        return (classes & (WordClass.Combatant | WordClass.Security)) != 0 ? "combatant" : "victim";
    }

    /// <summary>
    /// A concrete thing by WordNet that is not a person ("mosque", "trucks", "villages"): never a toll as the head of
    /// the counted phrase, but only a modifier when a group noun follows it ("truck drivers", "village elders").
    /// </summary>
    public bool IsObject(string norm)
    {
        if (_phraseWords.Contains(norm)) return false;
        var classes = _words.Of(norm);
        return (classes & WordClass.Thing) != 0 && (classes & (WordClass.Person | WordClass.Proper)) == 0;
    }

    /// <summary>
    /// The first token of a noun compound ending at <paramref name="head"/> that WordNet classes as a thing and not a
    /// person ("armoured personnel carriers", "car bombs"), or -1.
    /// </summary>
    public int ThingCompoundStart(IReadOnlyList<Token> toks, int head)
    {
        var match = _words.LongestEndingAt(toks, head);
        return match.Length > 1 && (match.Classes & WordClass.Thing) != 0 && (match.Classes & WordClass.Person) == 0 ? match.Start : -1;
    }

    public static TollLexicon LoadDefault() => new(
        Phrases(Lines("triggers.tsv")),
        Phrases(Lines("outcomes.tsv")),
        Rows(Lines("nouns.tsv")).ToDictionary(r => r[0], r => r[1]),
        WordClasses.LoadDefault());

    private static List<string> Lines(string file) => ResourceFiles.ReadLines("tolls/" + file).ToList();

    private static List<HarmPhrase> Phrases(IEnumerable<string> lines) =>
        Rows(lines).Select(r => new HarmPhrase(Words(r[0]), r[1],
            r.Length > 2 ? r[2].Split('|').Select(Words).ToArray() : [])).ToList();

    private static string[] Words(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string[]> Rows(IEnumerable<string> lines) =>
        lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));
}
