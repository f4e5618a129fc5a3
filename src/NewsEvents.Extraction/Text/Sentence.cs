namespace NewsEvents.Extraction.Text;

/// <summary>A sentence with its tokens. Sentences never cross paragraphs.</summary>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span, IReadOnlyList<Token> Tokens);
