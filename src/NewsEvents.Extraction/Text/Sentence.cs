namespace NewsEvents.Extraction.Text;

/// <summary>A sentence with its tokens. Sentences never cross paragraphs.</summary>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span, IReadOnlyList<Token> Tokens)
{
    /// <summary>Each token's look-up key (<see cref="TokenKeys"/>), computed once: what every lexicon's trie is matched on.</summary>
    public string?[] Keys { get; } = TokenKeys.Of(Tokens);

    /// <summary>Index of the token holding <paramref name="offset"/> (the next one when it falls between tokens); -1 past the end.</summary>
    public int TokenIndexAt(int offset)
    {
        foreach (var t in Tokens)
            if (t.Span.End > offset) return t.Index;
        return -1;
    }
}
