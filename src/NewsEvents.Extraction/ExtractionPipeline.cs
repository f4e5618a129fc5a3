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

    public ExtractionResult Extract(ArticleInput input)
    {
        var cleaned = ArticleCleaner.Clean(input);
        var published = Anchor(input.PublishedAt ?? cleaned.HeaderDate);
        var tokens = TextAnalyzer.Analyze(cleaned.Text);
        var syntax = new TextSyntax(tokens, _syntax); // a sentence is parsed only when a stage first asks for it
        var text = tokens with { Syntax = syntax };

        var candidatePlaces = _places.Find(text);
        var actors = _actors.Find(text, candidatePlaces);
        var locations = MentionReconciler.PlacesNotActors(candidatePlaces, actors);
        var people = _people.Find(text, actors, locations);
        var dates = DateFinder.Find(text, published);
        var claims = _claims.Find(text, people, actors);
        var tolls = _tolls.Find(text, claims, dates, locations, actors);
        var events = _events.Build(new ArticleFacts(text, published, locations, actors, people, tolls, claims, dates));

        return new ExtractionResult(Version, published, input.Title ?? cleaned.Title, input.Source ?? cleaned.Publisher,
            cleaned.Text, locations, actors, people, tolls, claims, events);
    }

    // Relative dates ("last week", "a year ago") are reckoned from the publication date; in the calendar's first or last
    // year there is no room to reckon, and no real article lives there, so such a date anchors nothing.
    private static DateOnly? Anchor(DateOnly? published) => published is { Year: > 1 and < 9999 } ? published : null;
}
