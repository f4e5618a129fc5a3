using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>A cheap test of whether a sentence may tell of harm, so that only such sentences are parsed.</summary>
internal static class HarmStems
{
    private static readonly string[] Stems =
    [
        "kill", "murder", "massac", "slaught", "execut", "assassin", "behead", "decapit", "lynch", "slay", "slain", "butcher",
        "die", "dead", "death", "perish", "shot", "shoot", "gun", "hack", "stab", "beat", "bludgeon", "club", "burn", "stone",
        "tortur", "wound", "injur", "hurt", "maim", "abduct", "kidnap", "fatalit", "bod",
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
