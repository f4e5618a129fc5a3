namespace NewsEvents.Extraction.Places;

/// <summary>
/// A story placed only at region level ("in Kandahar province", "across Lagos State") is coded, by ACLED's
/// geo-precision convention, at the region's seat: the seat is added beside the region, with the region's spans and
/// precision "admin1" (the text still says no more than the region), kind "seat". Nothing is added when the text names
/// any town, village, unresolved place or facility: those are the story's place, and a seat would be a guess.
/// </summary>
internal sealed class RegionSeats(Gazetteer gazetteer)
{
    public List<LocationResult> Add(List<LocationResult> results, string? dominant)
    {
        if (results.Exists(r => r.Kind is not ("admin1" or "country"))) return results;
        // only in the country the story is about: a region name shared by several countries ("Centre") is no evidence of one
        if (dominant is null) return results;
        var index = results.FindIndex(r => r.Kind == "admin1" && r.Country == dominant);
        if (index < 0) return results;
        var region = results[index];
        if (!gazetteer.SeatsByRegion.TryGetValue((region.Country!, region.Name), out var id)) return results;
        var seat = gazetteer.Entries[id];
        var added = new List<LocationResult>(results);
        added.Insert(index + 1, new LocationResult(region.Text, seat.Name, seat.Country, region.Name, seat.Latitude, seat.Longitude,
            seat.GeonameId, "admin1", region.Spans, "seat", region.Name));
        return added;
    }
}
