using NewsEvents.Extraction.Claims;
using NewsEvents.Extraction.People;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Claims;

/// <summary>Runs people then claims over a text, as the pipeline does, with hand-made actors.</summary>
internal static class ClaimTestKit
{
    private static readonly PersonFinder People = PersonFinder.LoadDefault();
    private static readonly ClaimFinder Claims = ClaimFinder.LoadDefault();

    public static IReadOnlyList<ClaimResult> Find(string text, params ActorResult[] actors)
    {
        var analyzed = TextAnalyzer.Analyze(text);
        var people = People.Find(analyzed, actors, []);
        return Claims.Find(analyzed, people, actors);
    }

    /// <summary>An actor mentioned by its first occurrence of <paramref name="surface"/> in the text.</summary>
    public static ActorResult Actor(string text, string surface, string name, string type = "state_forces")
    {
        var at = text.IndexOf(surface, StringComparison.Ordinal);
        return new ActorResult(surface, name, type, null, [new TextSpan(at, at + surface.Length)]);
    }
}
