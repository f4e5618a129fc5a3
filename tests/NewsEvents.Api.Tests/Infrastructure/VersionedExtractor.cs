using NewsEvents.Api.Extraction;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>A fake engine whose version a test can move, answering per version as the test says (an "engine upgrade").</summary>
public sealed class VersionedExtractor(Func<string, ArticleInput, ExtractionResult> extract) : IArticleExtractor
{
    public string Version { get; set; } = "engine-1";

    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken) => extract(Version, input) with { ExtractorVersion = Version };
}
