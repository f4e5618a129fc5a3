using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.People;

/// <summary>STUB (owned by the people and claims work): named persons with role and affiliation.</summary>
public sealed class PersonFinder
{
    public static PersonFinder LoadDefault() => new();

    public IReadOnlyList<PersonResult> Find(AnalyzedText text, IReadOnlyList<ActorResult> actors, IReadOnlyList<LocationResult> locations) => [];
}
