using NewsEvents.Extraction.Text;
using NewsEvents.Extraction.Tolls;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// The killings a protest is about: "protested against the killing of two students", "marched after four traders were
/// killed". ACLED codes a protest at which people die as excessive force or a riot; the deaths it protests are another,
/// earlier event, so they are not the protest's fatalities.
/// </summary>
internal static class ProtestCauses
{
    private static readonly HashSet<string> Markers =
        ["against", "over", "after", "following", "condemn", "condemning", "denounce", "denouncing", "protesting", "mourn", "mourning", "demanding"];

    /// <summary>True when the incident's killed tolls are all told as what its protest is against.</summary>
    public static bool AllKillingsAreCauses(IReadOnlyList<TollResult> tolls, AnalyzedText text)
    {
        var any = false;
        foreach (var toll in tolls)
        {
            if (toll.Kind != TollKinds.Killed) continue;
            any = true;
            if (!IsCause(toll, text)) return false;
        }
        return any;
    }

    // a marker among the few words before the toll, in its sentence
    private static bool IsCause(TollResult toll, AnalyzedText text)
    {
        var sentence = text.SentenceAt(toll.Span.Start);
        var at = sentence.TokenIndexAt(toll.Span.Start);
        if (at < 0) return false;
        for (var k = at - 1; k >= 0 && k >= at - 6; k--)
            if (Markers.Contains(sentence.Tokens[k].Norm)) return true;
        return false;
    }
}
