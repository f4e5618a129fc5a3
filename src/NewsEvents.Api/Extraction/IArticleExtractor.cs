using NewsEvents.Extraction;

namespace NewsEvents.Api.Extraction;

/// <summary>The one seam between the service and the engine, so tests can substitute an extractor that returns rich results.</summary>
public interface IArticleExtractor
{
    /// <summary>The version stored with every article, to find results from older rules.</summary>
    string Version { get; }

    ExtractionResult Extract(ArticleInput input);
}

/// <summary>The real engine. Singleton: the pipeline loads its gazetteer and lexicons once, at start-up, and is thread-safe.</summary>
public sealed class PipelineArticleExtractor : IArticleExtractor
{
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();

    public string Version => ExtractionPipeline.Version;

    public ExtractionResult Extract(ArticleInput input) => _pipeline.Extract(input);
}
