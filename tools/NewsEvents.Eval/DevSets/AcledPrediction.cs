using System.Text.Json.Serialization;
using NewsEvents.Extraction;

namespace NewsEvents.Eval.DevSets;

/// <summary>One line of score-acled's prediction file.</summary>
internal sealed record AcledPrediction(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("locations")] IReadOnlyList<string> Locations,
    [property: JsonPropertyName("actors")] IReadOnlyList<string> Actors,
    [property: JsonPropertyName("fatalities")] int? Fatalities,
    [property: JsonPropertyName("event_date")] string? EventDate,
    [property: JsonPropertyName("event_type")] string? EventType,
    [property: JsonPropertyName("sub_event_type")] string? SubEventType)
{
    /// <summary>
    /// The project's mapping (../shared/corpus/acled-dev/README.md): locations are every location's name and text;
    /// actors every actor's name and text and every name on the events' actors (their name and their ACLED name); fatalities the sum over events (0 when
    /// none reports deaths, null with no event); date, type and sub-type those of the event with the most fatalities,
    /// then the highest confidence (the first such event on a tie). A record the engine failed on predicts nothing.
    /// </summary>
    public static AcledPrediction Of(string id, ExtractionResult? x)
    {
        if (x is null) return new AcledPrediction(id, [], [], null, null, null, null);
        var locations = x.Locations.SelectMany(l => new[] { l.Name, l.Text });
        // "every name on the events' actors": our name and, beside it, the name ACLED's codebook gives the actor
        var actors = x.Actors.SelectMany(a => new[] { a.Name, a.Text }).Concat(x.Events.SelectMany(e => e.Actors.SelectMany(a => new[] { a.Name, a.AcledName })));
        int? fatalities = x.Events.Count == 0 ? null : x.Events.Sum(e => e.Fatalities ?? 0);
        var lead = x.Events.OrderByDescending(e => e.Fatalities ?? 0).ThenByDescending(e => e.Confidence).FirstOrDefault();
        return new AcledPrediction(id, Distinct(locations), Distinct(actors), fatalities,
            lead?.Date?.ToString("yyyy-MM-dd"), lead?.Type, string.IsNullOrEmpty(lead?.SubType) ? null : lead.SubType);
    }

    // Exact repeats (a name equal to its text) are dropped: no recall changes, and the scorer's names-per-record diagnostic counts distinct names.
    private static List<string> Distinct(IEnumerable<string?> names) =>
        names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.Ordinal).ToList();
}
