using Microsoft.Extensions.Options;
using NewsEvents.Api.Articles;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Extraction;

/// <summary>An extraction, or why there is none (<see cref="Failure"/>: the deadline passed, or the engine failed on the text).</summary>
public readonly record struct ExtractionAttempt(ExtractionResult? Result, string? Failure);

/// <summary>
/// Runs the engine on the thread pool and stops it at Ingestion:ExtractionTimeout or when the client leaves: the
/// engine checks its token between stages and sentences, so an abandoned extraction frees the CPU soon after.
/// </summary>
public sealed class ExtractionRunner(IArticleExtractor extractor, IOptions<IngestionOptions> options, ILogger<ExtractionRunner> logger)
{
    public TimeSpan Timeout => options.Value.ExtractionTimeout;

    /// <summary>The extraction, or the reason there is none when it did not finish in time or the engine threw. Throws OperationCanceledException when <paramref name="ct"/> fires.</summary>
    public async Task<ExtractionAttempt> TryExtractAsync(ArticleInput input, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var work = Task.Run(() => extractor.Extract(input, stop.Token), stop.Token);
        try
        {
            // WaitAsync answers the caller at the deadline even if the engine is between two of its checks.
            return new(await work.WaitAsync(Timeout, ct), null);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Extraction gave up after {Timeout} on an article of {Length} characters", Timeout, input.Content.Length);
            return new(null, TimeoutMessage);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The engine is meant never to throw (a property test feeds it thousands of mutated texts); should it, on some
            // text, the article is answered as not processed, never with a 500, and the failure is logged for a table test.
            logger.LogError(e, "Extraction failed on an article of {Length} characters", input.Content.Length);
            return new(null, FailureMessage);
        }
        finally
        {
            // Whether it finished, timed out or the client left: an engine still running stops at its next check.
            stop.Cancel();
        }
    }

    public string TimeoutMessage => $"Extraction did not finish within {Timeout.TotalSeconds:0.#} s; the article was not stored.";

    public const string FailureMessage = "The extraction engine failed on this article; the article was not stored, and the failure is logged.";
}
