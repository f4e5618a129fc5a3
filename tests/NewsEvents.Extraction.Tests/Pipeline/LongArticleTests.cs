using System.Text;
using System.Text.Json;
using NewsEvents.Extraction.Actors;
using NewsEvents.Extraction.Claims;
using NewsEvents.Extraction.Events;
using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.People;
using NewsEvents.Extraction.Places;
using NewsEvents.Extraction.Syntax;
using NewsEvents.Extraction.Text;
using NewsEvents.Extraction.Tolls;
using NewsEvents.Extraction.Tests.Tolls;

namespace NewsEvents.Extraction.Tests.Pipeline;

/// <summary>A very long article's sentences are read on every core, with the result one thread would give.</summary>
public class LongArticleTests
{
    [Fact]
    public void ALongArticleReadOnEveryCoreGivesWhatOneThreadGives()
    {
        var input = new ArticleInput(LongReport(paragraphs: 40), new DateOnly(2025, 3, 14));

        var parallel = PipelineReadingInParallelFrom(0).Extract(input);
        var sequential = PipelineReadingInParallelFrom(int.MaxValue).Extract(input);

        Assert.True(parallel.Tolls.Count >= 40, $"{parallel.Tolls.Count} tolls: fewer than the paragraphs' distinct killings");
        Assert.NotEmpty(parallel.Events);
        Assert.Equal(JsonSerializer.Serialize(sequential), JsonSerializer.Serialize(parallel));
    }

    [Fact]
    public void TheTollStageOnEveryCoreStopsWithinASentencePerCoreOfTheCancellation()
    {
        var text = TollTestKit.Analyze(LongReport(paragraphs: 40));
        using var source = new CancellationTokenSource();
        var sentences = new SentencesCancellingAt(text.Sentences, 60, source);
        var finder = new TollFinder(TollLexicon.LoadDefault(), WordClasses.LoadDefault()) { ParallelFromSentences = 0 };

        Assert.ThrowsAny<OperationCanceledException>(() => finder.Find(text with { Sentences = sentences }, [], [], [], [], source.Token));
        // a worker finishes the sentence it was reading when the token fired, and starts no other
        Assert.InRange(sentences.ReadAfterCancel, 0, Environment.ProcessorCount);
        Assert.True(sentences.Read < text.Sentences.Count / 2, $"{sentences.Read} of {text.Sentences.Count} sentences read");
    }

    [Fact]
    public void ParsingAheadStopsWhenDisposedAndParsesNothingAfter()
    {
        var text = TollTestKit.Analyze(LongReport(paragraphs: 40));

        ParseAhead.Start(text.Syntax!, text.Sentences, _ => true, CancellationToken.None).Dispose();
        var parsed = text.Syntax!.ParsedCount;
        Thread.Sleep(100);

        Assert.Equal(parsed, text.Syntax.ParsedCount);
        Assert.True(parsed < text.Sentences.Count, $"all {parsed} sentences parsed before the stop");
    }

    private static ExtractionPipeline PipelineReadingInParallelFrom(int sentences) => new(
        SyntaxModel.LoadDefault(), PlaceFinder.LoadDefault(), ActorFinder.LoadDefault(), PersonFinder.LoadDefault(), ClaimFinder.LoadDefault(),
        new TollFinder(TollLexicon.LoadDefault(), WordClasses.LoadDefault()) { ParallelFromSentences = sentences }, EventBuilder.LoadDefault());

    // Our own wire-style paragraphs, the figures changing from one to the next so that the tolls do not all merge.
    private static string LongReport(int paragraphs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append($"Gunmen killed {i + 3} villagers in a raid on a market near Kaduna on Tuesday, a police spokesman said. ");
            text.Append($"A local official said {i % 7 + 2} more people were wounded and taken to the general hospital. ");
            text.Append("Residents said the attackers arrived on motorcycles and burned several houses before they left. ");
            text.Append($"The army said its troops shot dead {i % 5 + 2} of the gunmen in a forest the next day. ");
            text.Append("Aid groups said thousands of families had fled the district since January.\n\n");
        }
        return text.ToString();
    }

    // Fires the token as the given sentence is asked for, and counts what is asked for after that.
    private sealed class SentencesCancellingAt(IReadOnlyList<Sentence> sentences, int at, CancellationTokenSource source) : IReadOnlyList<Sentence>
    {
        private int _read;
        private int _afterCancel;

        public int Read => _read;

        public int ReadAfterCancel => _afterCancel;

        public Sentence this[int index]
        {
            get
            {
                if (source.IsCancellationRequested) Interlocked.Increment(ref _afterCancel);
                if (Interlocked.Increment(ref _read) == at) source.Cancel();
                return sentences[index];
            }
        }

        public int Count => sentences.Count;

        public IEnumerator<Sentence> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
