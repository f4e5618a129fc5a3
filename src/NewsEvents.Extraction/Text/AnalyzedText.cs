using NewsEvents.Extraction.Syntax;

namespace NewsEvents.Extraction.Text;

/// <summary>The cleaned text split into paragraphs, sentences, tokens and quotations; the read-only input of every later stage.</summary>
/// <param name="Quotes">Spans of quoted speech (inside the quote marks); a quotation may run over several sentences.</param>
public sealed record AnalyzedText(
    string Text,
    IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TextSpan> Quotes)
{
    /// <summary>
    /// Tags, lemmas and dependencies per sentence, parsed the first time a stage asks (see <see cref="TextSyntax"/>);
    /// null when the text was analysed without a syntax model (the pipeline always attaches one).
    /// </summary>
    public TextSyntax? Syntax { get; init; }

    /// <summary>The parse of one sentence; throws when no syntax model is attached.</summary>
    public SentenceSyntax SyntaxOf(Sentence sentence) =>
        (Syntax ?? throw new InvalidOperationException("this text was analysed without a syntax model")).Of(sentence);

    public Sentence SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Sentences[mid].Span.Start <= offset) lo = mid; else hi = mid - 1;
        }
        return Sentences[lo];
    }

    public string Of(TextSpan span) => span.Of(Text);
}
