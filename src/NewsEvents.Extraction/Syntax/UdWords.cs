using System.Collections.Frozen;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Syntax;

/// <summary>One Universal Dependencies word of a sentence: its span of the cleaned text and the engine token it lies in.</summary>
/// <param name="Token">Index of the engine token holding the word's start (a title and its period, "Mr" ".", make one word).</param>
public readonly record struct UdWord(TextSpan Span, int Token);

/// <summary>
/// Maps engine tokens to the words UD English is annotated on. The tokenizer already splits hyphens and possessive
/// 's as UD does; what is left is contractions ("don't" → do n't, "can't" → ca n't, "we're" → we 're, "cannot" →
/// can not, "gonna" → gon na) and titles, which UD keeps with their period ("Mr."). Offsets stay exact.
/// </summary>
public static class UdWords
{
    // stems that take 'd 'm 're 've 'll in running text; elsewhere "Sa'd" or "Ya'll" keep their apostrophe
    private static readonly FrozenSet<string> Clitic = new[]
    {
        "i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "here", "what", "where", "how", "this",
        "could", "would", "should", "might", "must", "everyone", "somebody", "someone", "nobody",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Fused = new Dictionary<string, int>
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static List<UdWord> Of(string text, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var words = new List<UdWord>(tokens.Count + 4);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var span = token.Span;
            if (token.IsWord && t + 1 < tokens.Count && IsTitleWithPeriod(token, tokens[t + 1]))
            {
                words.Add(new UdWord(new TextSpan(span.Start, tokens[t + 1].Span.End), t));
                t++;
                continue;
            }
            var split = token.IsWord ? SplitPoint(text, token) : -1;
            if (split < 0)
            {
                words.Add(new UdWord(span, t));
                continue;
            }
            words.Add(new UdWord(new TextSpan(span.Start, split), t));
            words.Add(new UdWord(new TextSpan(split, span.End), t));
        }
        return words;
    }

    private static bool IsTitleWithPeriod(Token word, Token next) =>
        next.Kind == TokenKind.Punct && next.Norm == "." && next.Span.Start == word.Span.End && Abbreviations.Titles.Contains(word.Norm);

    // Offset where the token's second word starts, or -1 when it is one word.
    private static int SplitPoint(string text, Token token)
    {
        var norm = token.Norm;
        var start = token.Span.Start;
        if (norm.Length != token.Span.Length) return -1; // folding changed the length: offsets would not line up
        if (Fused.TryGetValue(norm, out var at)) return start + at;
        if (norm.Length > 3 && norm.EndsWith("n't", StringComparison.Ordinal)) return start + norm.Length - 3;
        foreach (var clitic in (ReadOnlySpan<string>)["'re", "'ve", "'ll", "'d", "'m"])
        {
            if (norm.Length > clitic.Length && norm.EndsWith(clitic, StringComparison.Ordinal) &&
                Clitic.Contains(norm[..^clitic.Length]))
                return start + norm.Length - clitic.Length;
        }
        return -1;
    }
}
