using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Whether a toll counts civilians, which makes its violence an attack on civilians rather than a clash: a group word
/// of the list, or a single group whose head WordNet gives a civilian role and no arms ("herders", "aid workers",
/// "village elders", "Syrian civilians").
/// </summary>
internal sealed class CivilianVictims(WordClasses words)
{
    // WordNet gives these no civilian role: "people" is any group of human beings, "families" a social unit
    private static readonly HashSet<string> Listed = ["people", "families", "family"];

    /// <summary>
    /// Victims told by a name rather than a kind ("Daniel Lasid was killed": the toll's victims are "daniel"): no word of
    /// WordNet's classes, so nothing says they fought.
    /// </summary>
    public bool Named(string? victims)
    {
        if (victims is not { Length: > 0 }) return false;
        var v = Folding.Fold(victims);
        return !Listed.Contains(v) && !v.Contains(' ', StringComparison.Ordinal) && !v.Any(char.IsDigit) && words.Of(v) == WordClass.None;
    }

    public bool Are(string? victims)
    {
        if (victims is null) return false;
        var v = Folding.Fold(victims);
        if (Listed.Contains(v)) return true;
        // one group only: "soldiers and civilians", "people (mostly fighters)", "civilians, police" are no plain attack
        if (v.Contains(" and ", StringComparison.Ordinal) || v.Contains(" or ", StringComparison.Ordinal) || v.IndexOfAny(['(', ',']) >= 0)
            return false;
        var classes = words.Of(v[(v.LastIndexOf(' ') + 1)..]);
        return (classes & (WordClass.Civilian | WordClass.Official)) != 0 && (classes & WordClass.Armed) == 0;
    }
}
