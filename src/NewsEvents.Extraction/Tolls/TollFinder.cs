using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>STUB (owned by the tolls work): casualty and harm counts.</summary>
public sealed class TollFinder
{
    public static TollFinder LoadDefault() => new();

    public IReadOnlyList<TollResult> Find(AnalyzedText text, IReadOnlyList<ClaimResult> claims, IReadOnlyList<DateMention> dates,
        IReadOnlyList<LocationResult> locations, IReadOnlyList<ActorResult> actors) => [];
}
