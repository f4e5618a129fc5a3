using NewsEvents.Extraction;

namespace NewsEvents.Api.Extraction;

/// <summary>The one seam between the service and the engine, so tests can substitute an extractor that returns rich results.</summary>
public interface IArticleExtractor
{
    /// <summary>The version stored with every article, to find results from older rules.</summary>
    string Version { get; }

    /// <summary>Throws <see cref="OperationCanceledException"/> soon after <paramref name="cancellationToken"/> fires.</summary>
    ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken);
}

/// <summary>The real engine. Singleton: the pipeline loads its gazetteer and lexicons once, at start-up, and is thread-safe.</summary>
public sealed class PipelineArticleExtractor : IArticleExtractor
{
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();

    public string Version => ExtractionPipeline.Version;

    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken) => _pipeline.Extract(input, cancellationToken);
}
