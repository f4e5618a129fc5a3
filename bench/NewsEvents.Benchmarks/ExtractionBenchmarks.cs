using BenchmarkDotNet.Attributes;
using NewsEvents.Extraction;

namespace NewsEvents.Benchmarks;

/// <summary>Extraction throughput on one core: one call extracts every article of the corpus once.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private ExtractionPipeline _pipeline = null!;
    private ArticleInput[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ExtractionPipeline.CreateDefault();
        _articles = Articles.Load().Select(a => new ArticleInput(a.Text, new DateOnly(2025, 3, 14))).ToArray();
    }

    /// <summary>Articles per call, to turn the mean time into articles per second.</summary>
    public int ArticleCount => _articles.Length;

    [Benchmark]
    public int ExtractCorpus()
    {
        var facts = 0;
        foreach (var a in _articles)
        {
            var r = _pipeline.Extract(a);
            facts += r.Events.Count + r.Tolls.Count + r.Locations.Count;
        }
        return facts;
    }
}
