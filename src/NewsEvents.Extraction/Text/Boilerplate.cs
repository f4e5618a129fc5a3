using System.Collections.Frozen;
using System.Globalization;

namespace NewsEvents.Extraction.Text;

/// <summary>A stretch of a paragraph between sentence ends (or after an appeal's closing prompt), with its boilerplate weight.</summary>
public readonly record struct Segment(int Start, int End, double Score, int Words);

/// <summary>
/// Weighs text for page furniture by what it is, not by one outlet's wording: appeal, prompt, credit and legal
/// vocabulary (Resources/cleaning/boilerplate.tsv), the reader addressed as "you", agency photo credits; reported
/// speech ("said", quotation marks) weighs against, so that a story quoting an appeal stays.
/// </summary>
public sealed partial class Boilerplate
{
    private static readonly Lazy<Boilerplate> Shared = new(() => Load(ResourceFiles.ReadLines("cleaning/boilerplate.tsv")));

    private static readonly FrozenSet<string> Agencies = new[]
    {
        "reuters", "afp", "ap", "epa", "getty", "anadolu", "xinhua", "efe", "ansa", "dpa", "tass", "sputnik", "upi", "bloomberg", "sipa", "shutterstock",
    }.ToFrozenSet();

    private static readonly FrozenDictionary<string, double> Voice = new Dictionary<string, double>
    {
        ["you"] = 1, ["your"] = 1, ["yours"] = 1, ["we"] = 0.3, ["us"] = 0.3, ["our"] = 0.3,
        ["said"] = -2, ["says"] = -2, ["told"] = -2, ["added"] = -2, ["according"] = -2,
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, Phrase[]> _byFirstWord;

    private Boilerplate(FrozenDictionary<string, Phrase[]> byFirstWord) => _byFirstWord = byFirstWord;

    public static Boilerplate Default => Shared.Value;

    public static Boilerplate Load(IEnumerable<string> lines)
    {
        var phrases = new List<Phrase>();
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            phrases.Add(new Phrase(Folding.Key(cols[0]).Split(' '), double.Parse(cols[1], CultureInfo.InvariantCulture), cols.Length > 2 && cols[2] == "closer"));
        }
        var byFirst = phrases.GroupBy(p => p.Words[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray());
        return new Boilerplate(byFirst);
    }

    /// <summary>Dropped when the weight is both high and dense, or when a very short line carries any clear marker.</summary>
    public static bool IsBoilerplate(double score, int words) =>
        words > 0 && ((score >= 3 && score >= 0.1 * words) || (words <= 6 && score >= 2));

    /// <summary>Splits text into segments and weighs each. Works on spans (no token strings): it runs on every paragraph.</summary>
    public List<Segment> Weigh(string text)
    {
        var pieces = Scan(text);
        var weights = new double[pieces.Count];
        var closes = new bool[pieces.Count];
        var words = new List<int>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
            if (pieces[i].Kind == WordKind) words.Add(i);

        var phrases = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var voice = Voice.GetAlternateLookup<ReadOnlySpan<char>>();
        var agencies = Agencies.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[32];
        for (var w = 0; w < words.Count; w++)
        {
            var p = pieces[words[w]];
            if (p.End - p.Start > lower.Length) continue;
            var key = lower[..(p.End - p.Start)];
            text.AsSpan(p.Start, p.End - p.Start).ToLowerInvariant(key);
            if (voice.TryGetValue(key, out var v)) weights[words[w]] += v;
            if (agencies.Contains(key) && IsCredit(pieces, words[w], text)) weights[words[w]] += 3;
            if (!phrases.TryGetValue(key, out var candidates)) continue;
            foreach (var phrase in candidates)
            {
                if (!Matches(phrase, text, pieces, words, w)) continue;
                weights[words[w]] += phrase.Weight;
                if (phrase.Closer) closes[words[w + phrase.Words.Length - 1]] = true;
                break;
            }
        }
        if (pieces.Count > 1 && pieces[1].Kind == ':' && pieces[0].Kind == WordKind && IsCreditLabel(text.AsSpan(pieces[0].Start, pieces[0].End - pieces[0].Start)))
            weights[1] += 2;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Kind == '"') weights[i] -= 1;
            else if (pieces[i].Kind == '\u00A9') weights[i] += 4;
        }
        return Segments(text, pieces, weights, closes);
    }

    private static bool IsCreditLabel(ReadOnlySpan<char> word) =>
        word.Equals("photo", StringComparison.OrdinalIgnoreCase) || word.Equals("photograph", StringComparison.OrdinalIgnoreCase)
        || word.Equals("picture", StringComparison.OrdinalIgnoreCase) || word.Equals("image", StringComparison.OrdinalIgnoreCase)
        || word.Equals("credit", StringComparison.OrdinalIgnoreCase);

    private static bool Matches(Phrase p, string text, List<Piece> pieces, List<int> words, int w)
    {
        if (w + p.Words.Length > words.Count) return false;
        for (var k = 1; k < p.Words.Length; k++)
        {
            var piece = pieces[words[w + k]];
            if (!text.AsSpan(piece.Start, piece.End - piece.Start).Equals(p.Words[k], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    // "Omar Haj Kadour/AFP", "(Reuters)" closing a caption: an agency credited for an image, not quoted as a source.
    private static bool IsCredit(List<Piece> pieces, int t, string text)
    {
        if (t > 0 && pieces[t - 1].Kind == '/') return true;
        if (t == 0 || pieces[t - 1].Kind != '(') return false;
        var next = t + 1;
        if (next < pieces.Count && pieces[next].Kind == WordKind
            && text.AsSpan(pieces[next].Start, pieces[next].End - pieces[next].Start).Equals("photo", StringComparison.OrdinalIgnoreCase)) next++;
        return next == pieces.Count - 1 && pieces[next].Kind == ')' || next == pieces.Count - 2 && pieces[next].Kind == ')' && pieces[next + 1].Kind == '.';
    }

    private sealed record Phrase(string[] Words, double Weight, bool Closer);
}
