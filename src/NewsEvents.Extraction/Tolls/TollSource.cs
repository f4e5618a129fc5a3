namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// How a toll names its source: as the text names the speaker ("Lebanese health ministry", "medics"), which tells a
/// reader more than the canonical actor ("Government of Lebanon"); but a pronoun or an anaphor ("the group", "the
/// monitor") says nothing alone, and a role after an actor's name ("a UN spokesperson", "Ukrainian officials") is just
/// that actor speaking, so there the canonical actor stands in.
/// </summary>
public static class TollSource
{
    private static readonly HashSet<string> Determiners = ["the", "a", "an", "its", "their"];
    private static readonly HashSet<string> Anaphors =
    [
        "he", "she", "it", "they", "we", "group", "ministry", "office", "agency", "army", "military", "organisation", "organization",
        "network", "movement", "militia", "force", "forces", "government", "authorities", "spokesman", "spokeswoman", "statement",
        "monitor", "observatory", "official", "officials", "spokesperson", "representative",
    ];

    private static readonly HashSet<string> Roles = ["spokesperson", "spokesman", "spokeswoman", "official", "officials", "representative", "source", "sources"];

    public static string Of(ClaimResult claim)
    {
        var words = claim.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 1 && Determiners.Contains(words[0].ToLowerInvariant()) ? 1 : 0;
        var named = string.Join(' ', words[start..]);
        var anaphor = words.Length - start == 1 && Anaphors.Contains(named.ToLowerInvariant())
                      || words.Length - start == 2 && Roles.Contains(words[^1].ToLowerInvariant());
        return anaphor && claim.SpeakerActor is { } actor ? actor : named.Length > 0 ? named : claim.SpeakerActor ?? claim.Speaker;
    }
}
