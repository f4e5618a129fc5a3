namespace NewsEvents.Extraction.Text;

public enum TokenKind { Word, Number, Punct, Quote, Symbol }

/// <summary>One token of the cleaned text.</summary>
/// <param name="Norm">Folded form for lexicon look-ups: lower case, no diacritics, curly apostrophes straightened.</param>
/// <param name="Index">Position in the sentence's token list.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind, string Norm, int Index)
{
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsNumber => Kind == TokenKind.Number;
    public bool IsHyphen => Kind == TokenKind.Punct && Norm == "-";

    /// <summary>True when the token's first character is an upper-case letter.</summary>
    public bool IsCapitalized(string text) => Kind == TokenKind.Word && char.IsUpper(text[Span.Start]);

    public string TextOf(string text) => Span.Of(text);
}
