namespace NewsEvents.Extraction.Text;

/// <summary>
/// Splits a paragraph's tokens into sentences at . ! ? (with any closing quotes or brackets that follow), except after
/// abbreviations ("Lt Col", "Gen.", "Mr."), single initials, and dotted acronyms followed by a lower-case word.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>
    /// No real sentence is this long (news sentences rarely pass 80 tokens). A run without stops, such as a pasted table
    /// or a hostile input, is cut into pieces of at most this many tokens so that every per-sentence stage stays linear
    /// in the article's length.
    /// </summary>
    public const int MaxTokens = 200;

    public static void Split(string text, int paragraph, List<Token> tokens, List<Sentence> into)
    {
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var terminal = t.Kind == TokenKind.Punct && (t.Norm is "." or "!" or "?" || t.Norm == "\u2026");
            var acronymEnd = t.Kind == TokenKind.Word && t.Norm.Length > 2 && t.Norm[^1] == '.' && t.Norm.Count(ch => ch == '.') >= 2;
            if (!terminal && !acronymEnd) continue;
            if (terminal && t.Norm == "." && IsAbbreviationBefore(text, tokens, i)) continue;

            var last = i;
            // Closing quotes and brackets glued to the stop belong to this sentence; an opening quote after a space opens the next.
            while (last + 1 < tokens.Count && tokens[last + 1].Span.Start == tokens[last].Span.End
                   && (tokens[last + 1].Kind == TokenKind.Quote || tokens[last + 1].Norm is ")" or "]")) last++;
            if (last + 1 < tokens.Count && !StartsSentence(text, tokens[last + 1], acronymEnd && !terminal)) continue;

            Emit(paragraph, tokens, start, last, into);
            start = last + 1;
            i = last;
        }
        if (start < tokens.Count) Emit(paragraph, tokens, start, tokens.Count - 1, into);
    }

    // An over-long sentence is cut at its last comma, semicolon or colon in the second half of a window, else hard.
    private static void Emit(int paragraph, List<Token> tokens, int first, int last, List<Sentence> into)
    {
        while (last - first + 1 > MaxTokens)
        {
            var cut = first + MaxTokens - 1;
            for (var k = cut; k > first + MaxTokens / 2; k--)
                if (tokens[k].Norm is "," or ";" or ":") { cut = k; break; }
            into.Add(Make(into.Count, paragraph, tokens, first, cut));
            first = cut + 1;
        }
        into.Add(Make(into.Count, paragraph, tokens, first, last));
    }

    private static bool IsAbbreviationBefore(string text, List<Token> tokens, int dot)
    {
        if (dot == 0) return false;
        var prev = tokens[dot - 1];
        if (prev.Kind != TokenKind.Word || prev.Span.End != tokens[dot].Span.Start) return false;
        if (Abbreviations.IsAbbreviation(prev.Norm)) return true;
        return prev.Span.Length == 1 && char.IsUpper(text[prev.Span.Start]); // an initial: "J. Smith"
    }

    // After an acronym ("U.S.") only a clear sentence opener starts a new sentence; after a full stop any capital or digit does.
    private static bool StartsSentence(string text, Token next, bool afterAcronym)
    {
        var c = text[next.Span.Start];
        if (afterAcronym) return next.Kind == TokenKind.Word && char.IsUpper(c) && Openers.Contains(next.Norm);
        return char.IsUpper(c) || char.IsDigit(c) || next.Kind == TokenKind.Quote || c is '(' or '[' or '*' or '-' or '\u2013' or '\u2014';
    }

    private static readonly HashSet<string> Openers = ["the", "a", "an", "it", "he", "she", "they", "we", "i", "in", "on", "but", "and", "this", "that", "there", "its", "his", "her", "their"];

    private static Sentence Make(int index, int paragraph, List<Token> tokens, int first, int last)
    {
        var slice = new Token[last - first + 1];
        for (var k = first; k <= last; k++) slice[k - first] = tokens[k] with { Index = k - first };
        return new Sentence(index, paragraph, new TextSpan(slice[0].Span.Start, slice[^1].Span.End), slice);
    }
}
