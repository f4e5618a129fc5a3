using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// The syntax of an analysed text, one sentence at a time: a sentence is parsed the first time a stage asks for it
/// and kept, so stages that never ask cost nothing. Safe to share between threads (two racing callers may both
/// parse a sentence; they get equal parses and one is kept).
/// </summary>
public sealed class TextSyntax
{
    private readonly SyntaxModel _model;
    private readonly string _text;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly SentenceSyntax?[] _parsed;

    public TextSyntax(AnalyzedText text, SyntaxModel model)
    {
        _model = model;
        _text = text.Text;
        _sentences = text.Sentences;
        _parsed = new SentenceSyntax?[text.Sentences.Count];
    }

    /// <summary>The parse of the sentence with this index (<see cref="Sentence.Index"/>).</summary>
    public SentenceSyntax this[int sentence] => _parsed[sentence] ?? Parse(sentence);

    public SentenceSyntax Of(Sentence sentence) => this[sentence.Index];

    /// <summary>How many sentences have been parsed so far.</summary>
    public int ParsedCount => _parsed.Count(p => p is not null);

    private SentenceSyntax Parse(int index)
    {
        var sentence = _sentences[index];
        var words = UdWords.Of(_text, sentence);
        var parsed = new SentenceSyntax(sentence, words, _model.Parse(_text, words.Select(w => w.Span).ToArray()));
        return Interlocked.CompareExchange(ref _parsed[index], parsed, null) ?? parsed;
    }
}
