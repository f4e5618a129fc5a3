using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.People;

/// <summary>What a comma phrase right after a name says: "X, a fighter within the ranks of Y", "X, 45, a teacher".</summary>
internal sealed record AppositiveInfo(string? Role, TextSpan? RoleSpan, bool Aged);

internal static class Appositive
{
    private const int MaxTokens = 16;
    private const int RoleWithin = 7;

    /// <summary>"A spokesperson for the group, Khaing Thukha, told ...": the role comes before the name, between commas.</summary>
    public static AppositiveInfo? ReadBefore(string text, IReadOnlyList<Token> tokens, int nameFirst, int nameLast, PersonLexicon lexicon)
    {
        if (nameFirst < 2 || tokens[nameFirst - 1].Norm != ",") return null;
        var after = nameLast + 1 < tokens.Count ? tokens[nameLast + 1].Norm : ".";
        if (after is not ("," or "said" or "told" or "says" or "added")) return null;
        var k = nameFirst - 2;
        var firstRole = -1;
        while (k >= 0 && nameFirst - k <= MaxTokens && tokens[k].Norm is not ("," or ";" or ":") && tokens[k].Kind != TokenKind.Quote)
        {
            if (lexicon.IsRole(tokens[k].Norm)) firstRole = k;
            k--;
        }
        var from = k + 1;
        if (firstRole < 0 || firstRole - from >= RoleWithin) return null;
        while (from < firstRole && NameWords.Determiners.Contains(tokens[from].Norm)) from++;
        var span = new TextSpan(tokens[from].Span.Start, tokens[nameFirst - 2].Span.End);
        return new AppositiveInfo(span.Of(text), span, false);
    }

    private static readonly HashSet<string> Linkers =
        ["of", "in", "for", "with", "within", "at", "to", "from", "on", "and", "or", "who", "which", "based", "near", "since", "until", "turned", "'s"];

    // "a senior official in Y" names a role; "Syria's official news agency" does not: a role noun must head its phrase.
    private static bool IsHead(string text, IReadOnlyList<Token> tokens, int next, PersonLexicon lexicon)
    {
        if (next >= tokens.Count) return true;
        var t = tokens[next];
        return !t.IsWord || char.IsUpper(text[t.Span.Start]) && !lexicon.Demonyms.ContainsKey(t.Norm) || Linkers.Contains(t.Norm) || lexicon.IsRole(t.Norm)
            || NameWords.SpeechVerbs.Contains(t.Norm);
    }

    /// <param name="i">The token right after the name.</param>
    public static AppositiveInfo? Read(string text, IReadOnlyList<Token> tokens, int i, PersonLexicon lexicon)
    {
        if (i >= tokens.Count || tokens[i].Norm != ",") return null;
        var k = i + 1;
        var aged = false;
        if (k + 1 < tokens.Count && tokens[k].IsNumber && tokens[k + 1].Norm is "," or ")")
        {
            aged = true;
            k += 2;
        }
        while (k < tokens.Count && NameWords.Determiners.Contains(tokens[k].Norm)) k++;
        var from = k;
        var firstRole = -1;
        for (; k < tokens.Count && k - from < MaxTokens; k++)
        {
            var t = tokens[k];
            if (t.Norm is "," or "." or ";" or ":" or ")" or "(" or "who" or "which" or "where" || t.Kind == TokenKind.Quote) break;
            if (NameWords.SpeechVerbs.Contains(t.Norm)) break;
            if (firstRole < 0 && lexicon.IsRole(t.Norm) && IsHead(text, tokens, k + 1, lexicon)) firstRole = k;
        }
        if (firstRole < 0 || firstRole - from >= RoleWithin)
            return aged ? new AppositiveInfo(null, null, true) : null;
        var span = new TextSpan(tokens[from].Span.Start, tokens[k - 1].Span.End);
        return new AppositiveInfo(span.Of(text), span, aged);
    }
}
