using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Actors;

/// <summary>STUB (owned by the actors work): finds actors from the lexicon.</summary>
public sealed class ActorFinder
{
    public static ActorFinder LoadDefault() => new();

    public IReadOnlyList<ActorResult> Find(AnalyzedText text, IReadOnlyList<LocationResult> locations) => [];
}
