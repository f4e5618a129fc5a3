using Microsoft.EntityFrameworkCore;
using NewsEvents.Data;

namespace NewsEvents.Api.Events;

/// <summary>
/// Where to draw an event whose place has no coordinates of its own (precision "unresolved"): at its parent place
/// when the article named one we know, else at its first-level region, else at its country, each taken from the
/// stored places that do have coordinates.
/// </summary>
internal sealed class PlaceCentres
{
    private readonly Dictionary<(string Country, string Name), (double Lat, double Lon)> _places = [];
    private readonly Dictionary<(string Country, string Name), (double Lat, double Lon)> _regions = [];
    private readonly Dictionary<string, (double Lat, double Lon)> _countries = [];

    public static async Task<PlaceCentres> LoadAsync(NewsEventsDbContext db, IReadOnlyList<PointRow> unplaced, CancellationToken ct)
    {
        var centres = new PlaceCentres();
        if (unplaced.Count == 0) return centres;
        var countries = unplaced.Select(r => r.Country).OfType<string>().Distinct().ToList();
        var names = unplaced.SelectMany(r => new[] { r.Parent, r.Admin1 }).OfType<string>().Distinct().ToList();
        var known = await db.Locations.AsNoTracking()
            .Where(l => l.Latitude != null && l.Longitude != null && l.Country != null && countries.Contains(l.Country)
                && (names.Contains(l.Name) || l.Precision == "country"))
            .Select(l => new { l.Name, Country = l.Country!, l.Precision, Lat = l.Latitude!.Value, Lon = l.Longitude!.Value })
            .ToListAsync(ct);
        foreach (var l in known)
        {
            if (l.Precision == "country") centres._countries.TryAdd(l.Country, (l.Lat, l.Lon));
            else if (l.Precision == "admin1") centres._regions.TryAdd((l.Country, l.Name), (l.Lat, l.Lon));
            // A parent may be a town or a region; a region of the same name is the better guess, so it goes in first.
            centres._places.TryAdd((l.Country, l.Name), (l.Lat, l.Lon));
            if (l.Precision == "admin1") centres._places[(l.Country, l.Name)] = (l.Lat, l.Lon);
        }
        return centres;
    }

    public (double Lat, double Lon)? Find(PointRow row)
    {
        if (row.Country is not { } country) return null;
        if (row.Parent is { } parent && _places.TryGetValue((country, parent), out var p)) return p;
        if (row.Admin1 is { } admin1 && _regions.TryGetValue((country, admin1), out var r)) return r;
        return _countries.TryGetValue(country, out var c) ? c : null;
    }
}
