using NewsEvents.Extraction.Places;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Places;

/// <summary>The default finder, loaded once for all place tests (the gazetteer is immutable, so sharing is safe).</summary>
internal static class Places
{
    private static readonly Lazy<PlaceFinder> Finder = new(PlaceFinder.LoadDefault);

    public static IReadOnlyList<LocationResult> Find(string text) => Finder.Value.Find(TextAnalyzer.Analyze(text));

    /// <summary>The result one of whose spans covers exactly <paramref name="surface"/> (its first occurrence).</summary>
    public static LocationResult? At(IReadOnlyList<LocationResult> results, string text, string surface)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{surface}' is not in the test sentence");
        var span = new TextSpan(start, start + surface.Length);
        return results.FirstOrDefault(r => r.Spans.Contains(span));
    }

    public static string Describe(IReadOnlyList<LocationResult> results) =>
        string.Join("; ", results.Select(r => $"{r.Text}->{r.Name}/{r.Country}/{r.Precision}"));
}
