using NewsEvents.Extraction.Text;

namespace NewsEvents.Eval;

/// <summary>Loose matching of gold descriptions ("Syrian government forces (also: Assad's army, the regime)") to extracted names.</summary>
internal static class Fuzzy
{
    private static readonly char[] Separators = ['(', ')', ',', '/', ';', ':'];

    /// <summary>The alternatives a gold description lists: the main name and each alias in brackets.</summary>
    public static List<string> Alternatives(string description)
    {
        var parts = description.Replace(" also ", ",").Replace("written ", ",").Replace(" same person as ", ",")
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Select(Folding.Key).Where(p => p.Length >= 3 && p != "also").Distinct().ToList();
    }

    /// <summary>True when any alternative and any candidate contain one another (on folded keys), or one is the other's acronym ("sohr").</summary>
    public static bool Meets(IEnumerable<string> alternatives, IEnumerable<string?> candidates)
    {
        var keys = candidates.OfType<string>().Select(Folding.Key).Where(k => k.Length >= 2).ToList();
        foreach (var alt in alternatives)
            foreach (var k in keys)
                if (Contains(k, alt) || Contains(alt, k) || alt == Initials(k) || k == Initials(alt)) return true;
        return false;
    }

    private static readonly HashSet<string> Small = ["for", "of", "the", "al", "and", "el"];

    // "syrian observatory for human rights" -> "sohr", "hayat tahrir al sham" -> "hts"
    private static string Initials(string key) =>
        string.Concat(key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Small.Contains(w)).Select(w => w[0]));

    // Whole-word containment, so that "iran" does not meet "iranian" but "tahrir" meets "hayat tahrir al sham".
    private static bool Contains(string haystack, string needle)
    {
        if (needle.Length < 3) return false;
        var at = ($" {haystack} ").IndexOf($" {needle} ", StringComparison.Ordinal);
        return at >= 0;
    }

    public static string Key(string? s) => s is null ? "" : Folding.Key(s);
}
