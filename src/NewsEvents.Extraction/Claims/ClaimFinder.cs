using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>STUB (owned by the people and claims work): who said what.</summary>
public sealed class ClaimFinder
{
    public static ClaimFinder LoadDefault() => new();

    public IReadOnlyList<ClaimResult> Find(AnalyzedText text, IReadOnlyList<PersonResult> people, IReadOnlyList<ActorResult> actors) => [];
}
