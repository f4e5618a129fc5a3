namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// How a toll names its source: as the text names the speaker ("Lebanese health ministry", "Ukrainian officials",
/// "medics"), which tells a reader more than the canonical actor ("Government of Lebanon"); but a pronoun or an
/// anaphor ("the group", "the ministry") says nothing alone, so there the canonical actor stands in.
/// </summary>
public static class TollSource
{
    private static readonly HashSet<string> Determiners = ["the", "a", "an", "its", "their"];
    private static readonly HashSet<string> Anaphors =
    [
        "he", "she", "it", "they", "we", "group", "ministry", "office", "agency", "army", "military", "organisation", "organization",
        "network", "movement", "militia", "force", "forces", "government", "authorities", "spokesman", "spokeswoman", "statement",
    ];

    public static string Of(ClaimResult claim)
    {
        var words = claim.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 1 && Determiners.Contains(words[0].ToLowerInvariant()) ? 1 : 0;
        var named = string.Join(' ', words[start..]);
        var anaphor = words.Length - start == 1 && Anaphors.Contains(named.ToLowerInvariant());
        return anaphor && claim.SpeakerActor is { } actor ? actor : named.Length > 0 ? named : claim.SpeakerActor ?? claim.Speaker;
    }
}
