using NewsEvents.Extraction.Actors;
using NewsEvents.Extraction.Claims;
using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Events;
using NewsEvents.Extraction.People;
using NewsEvents.Extraction.Places;
using NewsEvents.Extraction.Syntax;
using NewsEvents.Extraction.Text;
using NewsEvents.Extraction.Tolls;

namespace NewsEvents.Extraction;

/// <summary>
/// Turns one article into structured facts. Build it once (loading the gazetteer and lexicons takes a moment)
/// and share it: <see cref="Extract"/> is thread-safe because every stage is immutable after loading.
/// </summary>
public sealed class ExtractionPipeline
{
    /// <summary>Stored with every extraction so that results from older rules can be found and re-run (<see cref="EngineVersion"/>).</summary>
    public static string Version => EngineVersion.Current;

    private readonly SyntaxModel _syntax;
    private readonly PlaceFinder _places;
    private readonly ActorFinder _actors;
    private readonly PersonFinder _people;
    private readonly ClaimFinder _claims;
    private readonly TollFinder _tolls;
    private readonly EventBuilder _events;

    public ExtractionPipeline(SyntaxModel syntax, PlaceFinder places, ActorFinder actors, PersonFinder people, ClaimFinder claims, TollFinder tolls, EventBuilder events)
    {
        _syntax = syntax;
        _places = places;
        _actors = actors;
        _people = people;
        _claims = claims;
        _tolls = tolls;
        _events = events;
    }

    /// <summary>Loads every stage's data from the embedded resources.</summary>
    public static ExtractionPipeline CreateDefault() => new(
        SyntaxModel.LoadDefault(), PlaceFinder.LoadDefault(), ActorFinder.LoadDefault(), PersonFinder.LoadDefault(),
        ClaimFinder.LoadDefault(), TollFinder.LoadDefault(), EventBuilder.LoadDefault());

    /// <summary>
    /// Extracts the facts of one article. <paramref name="cancellationToken"/> is checked between stages and each time a
    /// stage moves on to its next sentence; when it fires, <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var cleaned = ArticleCleaner.Clean(input);
        var published = Anchor(input.PublishedAt ?? cleaned.HeaderDate);
        cancellationToken.ThrowIfCancellationRequested();
        var tokens = CheckEachSentence(TextAnalyzer.Analyze(cleaned.Text), cancellationToken);
        var syntax = new TextSyntax(tokens, _syntax); // a sentence is parsed only when a stage first asks for it
        var text = tokens with { Syntax = syntax };
        // On a long article the toll stage asks the parse of thousands of sentences: another core starts on them now,
        // while the stages before it run on this one.
        using var parseAhead = text.Sentences.Count >= _tolls.ParallelFromSentences
            ? ParseAhead.Start(syntax, text.Sentences, _tolls.Parses, cancellationToken) : null;

        var candidatePlaces = Stage(_places.Find(text), cancellationToken);
        var actors = Stage(_actors.Find(text, candidatePlaces), cancellationToken);
        var locations = MentionReconciler.PlacesNotActors(candidatePlaces, actors);
        var people = Stage(_people.Find(text, actors, locations), cancellationToken);
        var dates = Stage(DateFinder.Find(text, published), cancellationToken);
        var claims = Stage(_claims.Find(text, people, actors), cancellationToken);
        var tolls = Stage(_tolls.Find(text, claims, dates, locations, actors, cancellationToken), cancellationToken);
        var events = Stage(_events.Build(new ArticleFacts(text, published, locations, actors, people, tolls, claims, dates)), cancellationToken);

        return new ExtractionResult(Version, published, input.Title ?? cleaned.Title, input.Source ?? cleaned.Publisher,
            cleaned.Text, locations, actors, people, tolls, claims, events);
    }

    private static T Stage<T>(T result, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return result;
    }

    // Every stage walks the sentences with foreach: a sentence list that checks the token as it steps gives each
    // stage's per-sentence loop a cancellation point without threading the token through every stage.
    private static AnalyzedText CheckEachSentence(AnalyzedText text, CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled ? text with { Sentences = new CancellableSentences(text.Sentences, cancellationToken) } : text;

    internal sealed class CancellableSentences(IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken) : IReadOnlyList<Sentence>
    {
        public Sentence this[int index] => sentences[index];

        public int Count => sentences.Count;

        public IEnumerator<Sentence> GetEnumerator()
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return sentences[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    // Relative dates ("last week", "a year ago") are reckoned from the publication date; in the calendar's first or last
    // year there is no room to reckon, and no real article lives there, so such a date anchors nothing.
    private static DateOnly? Anchor(DateOnly? published) => published is { Year: > 1 and < 9999 } ? published : null;
}
