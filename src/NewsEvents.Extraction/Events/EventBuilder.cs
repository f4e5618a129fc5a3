using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>The facts of one article that events are built from.</summary>
public sealed record ArticleFacts(
    AnalyzedText Text,
    DateOnly? PublishedAt,
    IReadOnlyList<LocationResult> Locations,
    IReadOnlyList<ActorResult> Actors,
    IReadOnlyList<PersonResult> People,
    IReadOnlyList<TollResult> Tolls,
    IReadOnlyList<ClaimResult> Claims,
    IReadOnlyList<DateMention> Dates);

/// <summary>STUB (owned by the events work): event frames merged into incidents.</summary>
public sealed class EventBuilder
{
    public IReadOnlyList<EventResult> Build(ArticleFacts facts) => [];
}
