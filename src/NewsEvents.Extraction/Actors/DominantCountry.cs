namespace NewsEvents.Extraction.Actors;

/// <summary>
/// The country an article is mostly about: the most frequent country of its resolved places; when the places stage found none,
/// of the country names, capitals and main cities the actor scan saw; failing those, of its demonyms. Ties go to the country named first.
/// </summary>
internal static class DominantCountry
{
    public static string? Of(IReadOnlyList<LocationResult> locations, IReadOnlyList<(string Country, int Count)> places,
        IReadOnlyList<(string Country, int Count)> demonyms)
    {
        var fromPlaces = new List<(string Country, int Count)>();
        foreach (var loc in locations)
        {
            if (loc.Country is not { Length: 2 } c) continue;
            var n = Math.Max(1, loc.Spans.Count);
            var i = fromPlaces.FindIndex(x => x.Country == c);
            if (i < 0) fromPlaces.Add((c, n)); else fromPlaces[i] = (c, fromPlaces[i].Count + n);
        }
        return Best(fromPlaces.Count > 0 ? fromPlaces : places.Count > 0 ? places : demonyms);
    }

    private static string? Best(IReadOnlyList<(string Country, int Count)> counts)
    {
        string? best = null;
        var max = 0;
        foreach (var (country, count) in counts)
            if (count > max) { best = country; max = count; }
        return best;
    }
}
