using NewsEvents.Extraction.Text;

namespace NewsEvents.Eval;

/// <summary>Loose matching of gold descriptions ("Syrian government forces (also: Assad's army, the regime)") to extracted names.</summary>
internal static class Fuzzy
{
    private static readonly char[] Separators = ['(', ')', ',', '/', ';', ':', '\''];

    /// <summary>The alternatives a gold description lists: the main name and each alias in brackets.</summary>
    public static List<string> Alternatives(string description)
    {
        var parts = description.Replace(" also ", ",").Replace("written ", ",").Replace(" same person as ", ",")
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Select(Folding.Key).Where(p => p.Length >= 3 && p != "also").Distinct().ToList();
    }

    /// <summary>True when any alternative and any candidate contain one another (on folded keys).</summary>
    public static bool Meets(IEnumerable<string> alternatives, IEnumerable<string?> candidates)
    {
        var keys = candidates.OfType<string>().Select(Folding.Key).Where(k => k.Length >= 2).ToList();
        foreach (var alt in alternatives)
            foreach (var k in keys)
                if (Contains(k, alt) || Contains(alt, k)) return true;
        return false;
    }

    // Whole-word containment, so that "iran" does not meet "iranian" but "tahrir" meets "hayat tahrir al sham".
    private static bool Contains(string haystack, string needle)
    {
        if (needle.Length < 3) return false;
        var at = ($" {haystack} ").IndexOf($" {needle} ", StringComparison.Ordinal);
        return at >= 0;
    }

    public static string Key(string? s) => s is null ? "" : Folding.Key(s);
}
