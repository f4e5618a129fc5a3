using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Actors;

/// <summary>The look-up key of each token: its Norm without inner apostrophes ("Hay'at" meets "Hayat"); hyphens and lone apostrophes are null and skipped.</summary>
internal static class ActorKeys
{
    public static string?[] Of(IReadOnlyList<Token> tokens)
    {
        var keys = new string?[tokens.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = KeyOf(tokens[i].Norm);
        return keys;
    }

    /// <summary>Keys of a lexicon phrase, tokenized exactly like article text so both sides agree.</summary>
    public static string[] OfPhrase(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length));
        var keys = new List<string>(tokens.Count);
        foreach (var t in tokens)
            if (KeyOf(t.Norm) is { } k) keys.Add(k);
        return [.. keys];
    }

    private static string? KeyOf(string norm)
    {
        if (norm is "-" or "'" or "\u2013" or "\u2014") return null;
        if (norm.Length > 2 && norm.Contains('\'')) return norm.Replace("'", "");
        return norm;
    }

    /// <summary>True when the letters and digits of the tokens [start, end) are exactly those of <paramref name="exact"/>, case included.</summary>
    public static bool SameLetters(string text, IReadOnlyList<Token> tokens, int start, int end, string exact)
    {
        var k = 0;
        for (var t = start; t < end; t++)
        {
            var span = tokens[t].Span;
            for (var c = span.Start; c < span.End; c++)
            {
                if (!char.IsLetterOrDigit(text[c])) continue;
                while (k < exact.Length && !char.IsLetterOrDigit(exact[k])) k++;
                if (k >= exact.Length || exact[k] != text[c]) return false;
                k++;
            }
        }
        while (k < exact.Length && !char.IsLetterOrDigit(exact[k])) k++;
        return k == exact.Length;
    }
}
