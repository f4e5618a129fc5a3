using BenchmarkDotNet.Attributes;
using NewsEvents.Extraction;
using NewsEvents.Extraction.Syntax;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Benchmarks;

/// <summary>
/// Tagging and parsing on one core: one call parses every sentence of our corpus (tests/corpus/own, cleaned and
/// split by the engine) once. Tokens per second = <see cref="Words"/> / mean time per call.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    private SyntaxModel _model = null!;
    private AnalyzedText[] _texts = [];
    private string[][] _sentences = [];

    /// <summary>UD words in one call (printed at set-up, for the tokens-per-second figure).</summary>
    public int Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = SyntaxModel.LoadDefault();
        _texts = Articles.Load().Select(a => TextAnalyzer.Analyze(ArticleCleaner.Clean(new ArticleInput(a.Text, new DateOnly(2025, 3, 14))).Text)).ToArray();
        _sentences = _texts.SelectMany(t => t.Sentences.Select(s => UdWords.Of(t.Text, s).Select(w => w.Span.Of(t.Text)).ToArray())).ToArray();
        Words = _sentences.Sum(s => s.Length);
        Console.WriteLine($"// {_sentences.Length} sentences, {Words} words per call");
    }

    /// <summary>Tagger, parser and lemmatizer over words given as strings (what NewsEvents.Eval syntax times).</summary>
    [Benchmark]
    public int TagAndParseCorpusSentences()
    {
        var roots = 0;
        foreach (var s in _sentences) roots += _model.Parse(s).Root;
        return roots;
    }

    /// <summary>The same through the engine's view: token → UD word mapping, parse, and the per-token index.</summary>
    [Benchmark]
    public int ParseEverySentenceOfTheCorpusThroughTextSyntax()
    {
        var roots = 0;
        foreach (var text in _texts)
        {
            var syntax = new TextSyntax(text, _model);
            for (var s = 0; s < text.Sentences.Count; s++) roots += syntax[s].Head(0);
        }
        return roots;
    }
}
