namespace NewsEvents.Extraction.Text;

/// <summary>
/// Splits a paragraph's tokens into sentences at . ! ? (with any closing quotes or brackets that follow), except after
/// abbreviations ("Lt Col", "Gen.", "Mr."), single initials, and dotted acronyms followed by a lower-case word.
/// </summary>
public static class SentenceSplitter
{
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

            into.Add(Make(into.Count, paragraph, tokens, start, last));
            start = last + 1;
            i = last;
        }
        if (start < tokens.Count) into.Add(Make(into.Count, paragraph, tokens, start, tokens.Count - 1));
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
