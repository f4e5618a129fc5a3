using System.Text.Json.Serialization;
using NewsEvents.Extraction;

namespace NewsEvents.Eval.DevSets;

/// <summary>One line of score-wad's prediction file.</summary>
internal sealed record WadPrediction([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("count")] int? Count)
{
    /// <summary>
    /// The project's mapping (../shared/corpus/wad-dev/README.md): the sum of the events' fatalities; with no event the
    /// largest top-level <c>killed</c> toll (its best figure, else its minimum); else 0. A failed record predicts null (scored as 0).
    /// </summary>
    public static WadPrediction Of(string id, ExtractionResult? x)
    {
        if (x is null) return new WadPrediction(id, null);
        if (x.Events.Count > 0) return new WadPrediction(id, x.Events.Sum(e => e.Fatalities ?? 0));
        var killed = x.Tolls.Where(t => t.Kind == "killed").Select(t => t.Best ?? t.Min).OfType<int>();
        return new WadPrediction(id, killed.DefaultIfEmpty(0).Max());
    }
}
