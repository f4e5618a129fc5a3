using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>STUB (owned by the places work): finds and resolves place names.</summary>
public sealed class PlaceFinder
{
    public static PlaceFinder LoadDefault() => new();

    public IReadOnlyList<LocationResult> Find(AnalyzedText text) => [];
}
