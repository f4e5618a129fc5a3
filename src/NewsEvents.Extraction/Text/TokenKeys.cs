namespace NewsEvents.Extraction.Text;

/// <summary>
/// The look-up key of each token, the one every lexicon is matched on: its Norm without inner apostrophes ("Hay'at"
/// meets "Hayat"); hyphens, dashes and lone apostrophes are null and stepped over, so "car-bomb" meets "car bomb".
/// </summary>
public static class TokenKeys
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

    public static string? KeyOf(string norm)
    {
        if (norm is "-" or "'" or "\u2013" or "\u2014") return null;
        if (norm.Length > 2 && norm.Contains('\'')) return norm.Replace("'", "");
        return norm;
    }
}
