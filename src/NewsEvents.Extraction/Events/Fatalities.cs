namespace NewsEvents.Extraction.Events;

/// <summary>
/// An event's fatality count by ACLED's rule: the lowest credible reported figure, never an average.
/// Vague words count as ACLED codes them ("several" 10, "dozens" 12, "hundreds" 100, ...).
/// </summary>
public static class Fatalities
{
    private static readonly Dictionary<string, int> VagueCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a few"] = 3, ["few"] = 3, ["several"] = 10, ["many"] = 10, ["a number of"] = 10, ["scores"] = 20, ["dozens"] = 12,
        ["a dozen"] = 12, ["hundreds"] = 100, ["thousands"] = 1000, ["tens of thousands"] = 10000,
    };

    public static int Best(IEnumerable<TollResult> tolls)
    {
        var killed = tolls.Where(t => t.Kind == "killed").ToList();
        var figures = killed.Select(t => t.Best ?? t.Min).Where(v => v is > 0).Select(v => v!.Value).ToList();
        if (figures.Count > 0) return figures.Min();
        var vague = killed.Select(t => t.Vague is { } v && VagueCounts.TryGetValue(v, out var n) ? n : (int?)null).Where(v => v is not null).ToList();
        // ACLED codes 0, not "unknown", when no death is reported.
        return vague.Count > 0 ? vague.Min()!.Value : 0;
    }
}
