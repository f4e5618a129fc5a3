using Microsoft.Extensions.Options;
using NewsEvents.Api.Articles;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Extraction;

/// <summary>
/// Runs the engine on the thread pool and stops waiting for it at Ingestion:ExtractionTimeout or when the client
/// leaves. The engine takes no cancellation token yet, so a computation that is given up on runs to its end in the
/// background: the caller is answered at once, but the CPU is only freed later (the rate limits bound how often).
/// </summary>
public sealed class ExtractionRunner(IArticleExtractor extractor, IOptions<IngestionOptions> options, ILogger<ExtractionRunner> logger)
{
    public TimeSpan Timeout => options.Value.ExtractionTimeout;

    /// <summary>The extraction, or null when it did not finish in time. Throws OperationCanceledException when <paramref name="ct"/> fires.</summary>
    public async Task<ExtractionResult?> TryExtractAsync(ArticleInput input, CancellationToken ct)
    {
        var work = Task.Run(() => extractor.Extract(input), ct);
        try
        {
            return await work.WaitAsync(Timeout, ct);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Extraction gave up after {Timeout} on an article of {Length} characters", Timeout, input.Content.Length);
            return null;
        }
    }

    public string TimeoutMessage => $"Extraction did not finish within {Timeout.TotalSeconds:0.#} s; the article was not stored.";
}
