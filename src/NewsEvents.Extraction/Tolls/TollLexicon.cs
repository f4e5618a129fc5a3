using System.Collections.Frozen;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>A harm phrase: its folded words, the toll kind it signals, and for triggers the words that must follow the counted noun.</summary>
public sealed record HarmPhrase(string[] Words, string Kind, string[][] Tails);

/// <summary>The casualty grammar's vocabulary, loaded once from Resources/tolls/*.tsv.</summary>
public sealed class TollLexicon
{
    /// <summary>Harm phrases before the count, longest first.</summary>
    public IReadOnlyList<HarmPhrase> Triggers { get; }

    /// <summary>Harm phrases after the counted noun, longest first.</summary>
    public IReadOnlyList<HarmPhrase> Outcomes { get; }

    /// <summary>Noun heads: "victim", "combatant", "thing" or "harm:&lt;kind&gt;".</summary>
    public FrozenDictionary<string, string> Nouns { get; }

    public TollLexicon(IReadOnlyList<HarmPhrase> triggers, IReadOnlyList<HarmPhrase> outcomes, IReadOnlyDictionary<string, string> nouns)
    {
        Triggers = triggers.OrderByDescending(p => p.Words.Length).ToArray();
        Outcomes = outcomes.OrderByDescending(p => p.Words.Length).ToArray();
        Nouns = nouns.ToFrozenDictionary();
        _triggerWords = triggers.Select(p => string.Join(' ', p.Words)).ToFrozenSet();
        HarmStarts = triggers.Concat(outcomes).Select(p => p.Words[0]).ToFrozenSet();
    }

    /// <summary>First words of every harm phrase: they end a counted noun phrase ("11 killed").</summary>
    public FrozenSet<string> HarmStarts { get; }

    private readonly FrozenSet<string> _triggerWords;

    /// <summary>True when a phrase can also govern an object ("killed"), unlike "fled" or "died".</summary>
    public bool IsTransitive(HarmPhrase phrase) => _triggerWords.Contains(string.Join(' ', phrase.Words));

    public static TollLexicon LoadDefault() => new(
        Phrases(Lines("triggers.tsv")),
        Phrases(Lines("outcomes.tsv")),
        Rows(Lines("nouns.tsv")).ToDictionary(r => r[0], r => r[1]));

    private static List<string> Lines(string file) => ResourceFiles.ReadLines("tolls/" + file).ToList();

    /// <summary>Finds the longest phrase of <paramref name="phrases"/> that ends just before token <paramref name="end"/>.</summary>
    public static HarmPhrase? EndingAt(IReadOnlyList<HarmPhrase> phrases, IReadOnlyList<Token> toks, int end, out int start)
    {
        foreach (var p in phrases)
        {
            start = end - p.Words.Length;
            if (start >= 0 && NumberParser.Matches(toks, start, p.Words)) return p;
        }
        start = end;
        return null;
    }

    /// <summary>Finds the longest phrase of <paramref name="phrases"/> that starts at token <paramref name="start"/>.</summary>
    public static HarmPhrase? StartingAt(IReadOnlyList<HarmPhrase> phrases, IReadOnlyList<Token> toks, int start)
    {
        foreach (var p in phrases)
            if (NumberParser.Matches(toks, start, p.Words)) return p;
        return null;
    }

    private static List<HarmPhrase> Phrases(IEnumerable<string> lines) =>
        Rows(lines).Select(r => new HarmPhrase(Words(r[0]), r[1],
            r.Length > 2 ? r[2].Split('|').Select(Words).ToArray() : [])).ToList();

    private static string[] Words(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string[]> Rows(IEnumerable<string> lines) =>
        lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));
}
