using NewsEvents.Extraction.People;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>Where a statement's words start and end in a sentence: quotations before the speaker, the opening subject, the rest.</summary>
internal static class ClaimSpans
{
    private const int MaxDatelineTokens = 12;

    // The quotation that opens the sentence and closes right before the speaker: "\"...,\" he said".
    public static TextSpan? QuoteBefore(AnalyzedText text, Sentence s, int left)
    {
        var tokens = s.Tokens;
        if (left < 0) return null;
        var q = tokens[left].Kind == TokenKind.Quote ? left : left >= 1 && tokens[left].Norm == "," && tokens[left - 1].Kind == TokenKind.Quote ? left - 1 : -1;
        if (q < 0 || tokens[q].Span.Start == 0) return null;
        var quote = QuoteIndex.At(text, tokens[q].Span.Start - 1);
        return quote is { } span && span.Start <= s.Span.Start + 1 ? span : null;
    }

    // "Sana, Syria's news agency, reported ...": the subject is what opens the sentence before the appositive.
    public static TextSpan? LeadingSubject(string text, IReadOnlyList<Token> tokens, int comma)
    {
        var first = tokens[0].Kind == TokenKind.Quote ? 1 : 0;
        if (comma - first is < 1 or > 12) return null;
        var opener = tokens[first];
        if (!opener.IsWord || NameWords.FunctionWords.Contains(opener.Norm) && opener.Norm is not ("the" or "a" or "an") || NameWords.Calendar.Contains(opener.Norm)
            || opener.Norm.EndsWith("ly", StringComparison.Ordinal) || !char.IsUpper(text[opener.Span.Start])) return null;
        for (var k = first; k < comma; k++)
            if (tokens[k].Norm is "," or ";" || tokens[k].Kind == TokenKind.Quote) return null;
        return Span(tokens, first, comma - 1);
    }

    public static int ContentStart(AnalyzedText text, Sentence s)
    {
        var tokens = s.Tokens;
        if (tokens[0].Kind == TokenKind.Quote && tokens.Count > 1) return tokens[1].Span.Start;
        // a wire dateline, "KHARTOUM (Reuters) - ", is not part of what anyone said
        if (tokens[0].IsWord && tokens[0].Span.Length > 1 && text.Text.AsSpan(tokens[0].Span.Start, tokens[0].Span.Length).IndexOfAnyInRange('a', 'z') < 0)
            for (var k = 1; k < tokens.Count - 1 && k < MaxDatelineTokens; k++)
                if (Phrases.IsDash(tokens[k], tokens)) return tokens[k + 1].Span.Start;
        return s.Span.Start;
    }

    public static TextSpan Rest(AnalyzedText text, Sentence s, int from)
    {
        var tokens = s.Tokens;
        var last = tokens.Count - 1;
        // the splitter may leave the opening quote of the next sentence on this one
        while (last > from && (tokens[last].Norm is "." or "!" or "?" or ";" || tokens[last].Kind == TokenKind.Quote && OpensQuote(text, tokens[last]))) last--;
        if (tokens[from].Kind == TokenKind.Quote && QuoteIndex.At(text, tokens[from].Span.End) is { } q && q.Start == tokens[from].Span.End
            && q.End >= tokens[last].Span.Start - 1) return q;
        return new TextSpan(tokens[from].Span.Start, tokens[last].Span.End);
    }

    public static bool OpensQuote(AnalyzedText text, Token t) => QuoteIndex.At(text, t.Span.End) is { } q && q.Start == t.Span.End;

    public static bool OnlyPunctuation(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
            if (tokens[k].IsWord || tokens[k].IsNumber) return false;
        return true;
    }

    public static TextSpan Span(IReadOnlyList<Token> tokens, int first, int last) => new(tokens[first].Span.Start, tokens[last].Span.End);
}
