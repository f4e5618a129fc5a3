using Microsoft.EntityFrameworkCore;
using NewsEvents.Data.Entities;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Articles;

/// <summary>Finding the stored event an article's event is another report of, and merging their figures.</summary>
public sealed partial class ExtractionMapper
{
    // ACLED's rule across sources: the lowest credible reported figure. A source with 0 reported no death (the engine
    // codes "none reported" as 0), so any figure beats it; between reported figures the lowest wins.
    internal static int MergedFatalities(int? stored, int reported) =>
        stored is > 0 && reported > 0 ? Math.Min(stored.Value, reported) : Math.Max(stored ?? 0, reported);

    // Stored events that could be one of this article's incidents, in one query: at the article's stored places, within
    // a day of its events' dates. Only a stored place can have stored events; a place created by this article cannot.
    private async Task<List<Event>> StoredCandidatesAsync(IReadOnlyList<EventResult> events, Dictionary<string, Location> locations, CancellationToken ct)
    {
        var keyed = events.Where(e => e.Date is not null && e.Location is not null)
            .Select(e => (Date: e.Date!.Value, e.Type, Location: locations[LocationKey(e.Location!)])).Where(e => e.Location.Id > 0).ToList();
        if (keyed.Count == 0) return [];
        var ids = keyed.Select(e => (long?)e.Location.Id).Distinct().ToList();
        var types = keyed.Select(e => e.Type).Distinct().ToList();
        var days = keyed.SelectMany(e => new DateOnly?[] { DayBefore(e.Date), e.Date, DayAfter(e.Date) }).Distinct().ToList();
        return await db.Events.Include(e => e.Actors)
            .Where(e => ids.Contains(e.LocationId) && types.Contains(e.Type) && days.Contains(e.Date)).OrderBy(e => e.Id).ToListAsync(ct);
    }

    // The same incident: same type, same place, dates at most a day apart; the earliest stored event when several match.
    private static Event? SameIncident(EventResult found, Location? location, List<Event> stored) =>
        found.Date is not { } date || location is not { Id: > 0 } ? null
            : stored.FirstOrDefault(e => e.LocationId == location.Id && e.Type == found.Type && e.Date >= DayBefore(date) && e.Date <= DayAfter(date));

    // The engine can date an event at the calendar's ends ("in the year 1"); the neighbouring day is then the day itself.
    private static DateOnly DayBefore(DateOnly d) => d == DateOnly.MinValue ? d : d.AddDays(-1);

    private static DateOnly DayAfter(DateOnly d) => d == DateOnly.MaxValue ? d : d.AddDays(1);
}
