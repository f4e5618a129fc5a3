using Microsoft.Extensions.Options;
using NewsEvents.Api.Articles;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Extraction;

/// <summary>
/// Runs the engine on the thread pool and stops it at Ingestion:ExtractionTimeout or when the client leaves: the
/// engine checks its token between stages and sentences, so an abandoned extraction frees the CPU soon after.
/// </summary>
public sealed class ExtractionRunner(IArticleExtractor extractor, IOptions<IngestionOptions> options, ILogger<ExtractionRunner> logger)
{
    public TimeSpan Timeout => options.Value.ExtractionTimeout;

    /// <summary>The extraction, or null when it did not finish in time. Throws OperationCanceledException when <paramref name="ct"/> fires.</summary>
    public async Task<ExtractionResult?> TryExtractAsync(ArticleInput input, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var work = Task.Run(() => extractor.Extract(input, stop.Token), stop.Token);
        try
        {
            // WaitAsync answers the caller at the deadline even if the engine is between two of its checks.
            return await work.WaitAsync(Timeout, ct);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Extraction gave up after {Timeout} on an article of {Length} characters", Timeout, input.Content.Length);
            return null;
        }
        finally
        {
            // Whether it finished, timed out or the client left: an engine still running stops at its next check.
            stop.Cancel();
        }
    }

    public string TimeoutMessage => $"Extraction did not finish within {Timeout.TotalSeconds:0.#} s; the article was not stored.";
}
