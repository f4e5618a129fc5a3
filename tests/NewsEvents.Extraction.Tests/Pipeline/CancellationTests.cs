using System.Text.Json;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Pipeline;

/// <summary>The engine stops when its token fires: before the first stage, between stages, and at a stage's next sentence.</summary>
public class CancellationTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private static readonly ArticleInput Article = new(
        "GOMA, May 2 - Shells struck a camp near Goma on Friday, killing four people. Aid workers said two more were hurt.",
        new DateOnly(2025, 5, 2));

    [Fact]
    public void ACancelledTokenStopsTheExtraction()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => fixture.Pipeline.Extract(Article, cancelled.Token));
    }

    [Fact]
    public void ATokenThatNeverFiresChangesNothing()
    {
        using var live = new CancellationTokenSource();

        var withToken = fixture.Pipeline.Extract(Article, live.Token);
        var without = fixture.Pipeline.Extract(Article);

        Assert.NotEmpty(without.Tolls);
        Assert.Equal(JsonSerializer.Serialize(without), JsonSerializer.Serialize(withToken));
    }

    [Fact]
    public void AStageWalkingTheSentencesStopsAtTheSentenceAfterTheCancellation()
    {
        var sentences = TextAnalyzer.Analyze("One sentence here. A second one. A third one. And a fourth.").Sentences;
        Assert.Equal(4, sentences.Count);
        using var source = new CancellationTokenSource();
        var checkedSentences = new ExtractionPipeline.CancellableSentences(sentences, source.Token);
        var seen = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in checkedSentences)
                if (++seen == 2) source.Cancel();
        });
        Assert.Equal(2, seen);
    }
}
