using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>A cheap test of whether a sentence may tell of harm, so that only such sentences are parsed.</summary>
internal static class HarmStems
{
    // Verbs that kill only with a word beside them ("shot dead", "beaten to death", "burned alive") are found by that
    // word ("fatally shot" by "fatal"); "gun" alone would match the gunmen of nearly every sentence, so only
    // "gunned (down)" is looked for.
    private static readonly string[] Stems =
    [
        "kill", "murder", "massac", "slaught", "execut", "assassin", "behead", "decapit", "lynch", "slay", "slain", "butcher",
        "die", "dead", "death", "perish", "gunned", "gunning", "alive", "wound", "injur", "hurt", "maim", "abduct", "kidnap",
        "fatal", "bod", "corpse", "remains", "buri", "bury",
    ];

    public static bool Any(Sentence sentence)
    {
        foreach (var t in sentence.Tokens)
        {
            if (!t.IsWord) continue;
            foreach (var stem in Stems)
                if (t.Norm.StartsWith(stem, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
