using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>Token helpers of the places stage: match keys of words and the shape of their neighbourhood.</summary>
internal static class PlaceTokens
{
    // apostrophes (Ma'arrat = Maarrat) and the dots of acronyms (U.S. = US)
    private static readonly char[] Apostrophes = ['\'', '\u02BB', '\u02BC', '\u02BE', '\u02BF', '`', '.'];

    public static string StripApostrophes(string s)
    {
        if (s.IndexOfAny(Apostrophes) < 0) return s;
        return string.Create(s.Length - Count(s), s, static (dst, src) =>
        {
            var j = 0;
            foreach (var c in src) if (Array.IndexOf(Apostrophes, c) < 0) dst[j++] = c;
        });
    }

    private static int Count(string s)
    {
        var n = 0;
        foreach (var c in s) if (Array.IndexOf(Apostrophes, c) >= 0) n++;
        return n;
    }

    /// <summary>The match key of a word token ("ma'arrat" -> "maarrat"); null for anything else, possessive 's included.</summary>
    public static string? WordKey(in Token t) => t.IsWord && !IsPossessive(t) ? StripApostrophes(t.Norm) : null;

    // "Kabul Tuesday": a date after a name is no part of it
    public static readonly HashSet<string> DateWords =
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
         "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
         "sep", "sept", "oct", "nov", "dec"];

    /// <summary>"Local Government (Area)" at <paramref name="k"/>: Nigeria's unit after a name; its token count, else 0.</summary>
    public static int LocalGovernment(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Norm == "local" && tokens[k + 1].Norm == "government"
            ? k + 2 < tokens.Count && tokens[k + 2].Norm == "area" ? 3 : 2
            : 0;

    public static bool IsPossessive(in Token t) => t.Kind == TokenKind.Word && (t.Norm == "'s" || t.Norm == "s'");

    /// <summary>The folded word at <paramref name="i"/>, or null outside the sentence or on punctuation.</summary>
    public static string? Word(IReadOnlyList<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].IsWord ? tokens[i].Norm : null;

    public static bool IsCapitalized(string text, IReadOnlyList<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].IsCapitalized(text) && !IsPossessive(tokens[i]);

    /// <summary>True when token <paramref name="i"/> is the first word of its sentence (after quotes or brackets).</summary>
    public static bool IsSentenceInitial(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0; k--)
            if (tokens[k].IsWord || tokens[k].IsNumber) return false;
        return true;
    }

    /// <summary>
    /// True when token <paramref name="k"/> would be capitalised whatever it is: the sentence's first token, or one
    /// after an opening quote, bracket, colon, semicolon or dash inside it.
    /// </summary>
    public static bool CapitalByPosition(IReadOnlyList<Token> tokens, int k) =>
        k == 0 || tokens[k - 1].Kind == TokenKind.Quote || tokens[k - 1].Kind == TokenKind.Punct && tokens[k - 1].Norm is "(" or "[" or ":" or "-" or "\u2013" or "\u2014" or ";";
}
