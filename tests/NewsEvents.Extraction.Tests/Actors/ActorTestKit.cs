using NewsEvents.Extraction.Actors;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Actors;

/// <summary>One finder for all actor tests (loading the lexicon once), and helpers to run it on a sentence.</summary>
internal static class ActorTestKit
{
    public static readonly ActorFinder Finder = ActorFinder.LoadDefault();

    public static IReadOnlyList<ActorResult> Find(string text, params LocationResult[] locations) =>
        Finder.Find(TextAnalyzer.Analyze(text), locations);

    /// <summary>A place in <paramref name="country"/>, as the places stage would report it, to set the article's dominant country.</summary>
    public static LocationResult PlaceIn(string country) =>
        new("X", "X", country, null, null, null, null, "city", [new TextSpan(0, 1)]);

    public static string Names(IReadOnlyList<ActorResult> actors) => string.Join(" | ", actors.Select(a => a.Name));
}
