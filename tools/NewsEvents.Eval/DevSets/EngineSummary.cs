using System.Globalization;
using NewsEvents.Extraction;

namespace NewsEvents.Eval.DevSets;

/// <summary>One line of what the engine found in a record, printed under a miss so that its cause can be seen.</summary>
internal static class EngineSummary
{
    public static string Of(ExtractionResult? x)
    {
        if (x is null) return "engine threw on this record";
        var events = x.Events.Select(e =>
            $"{e.Type}/{e.SubType} {e.Date?.ToString("yyyy-MM-dd") ?? "no date"} at {e.Location?.Name ?? "?"}, fatalities {e.Fatalities?.ToString() ?? "-"}, confidence {e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}");
        var killed = x.Tolls.Where(t => t.Kind == "killed").Select(t => t.Best?.ToString() ?? t.Min?.ToString() ?? t.Vague ?? "?");
        return $"{x.Events.Count} events [{string.Join("; ", events)}], killed tolls [{string.Join(", ", killed)}]";
    }
}
