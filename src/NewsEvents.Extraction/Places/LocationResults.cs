using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>Groups accepted mentions into one <see cref="LocationResult"/> per distinct place, in order of first mention.</summary>
internal sealed class LocationResults(Gazetteer gazetteer, string text, string? dominant)
{
    public List<LocationResult> Build(List<Mention> mentions)
    {
        var order = new List<string>();
        var groups = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var id = m.Facility is { } f ? "f:" + Folding.Key(f.Of(text)) : m.Entry >= 0 ? "e:" + m.Entry : "u:" + m.Key;
            if (!groups.TryGetValue(id, out var list)) { groups[id] = list = []; order.Add(id); }
            if (!list.Exists(x => x.Span == m.Span)) list.Add(m);
        }
        return order.Select(id => Result(groups[id])).ToList();
    }

    private LocationResult Result(List<Mention> group)
    {
        var first = group[0];
        var spans = group.Select(m => m.Span).ToList();
        var surface = first.Span.Of(text);
        if (first.Facility is not null) return Attached(first, surface, spans, "facility", "facility");
        if (first.Entry < 0) return Attached(first, surface, spans, "unresolved", first.UnresolvedKind ?? "unresolved");
        var e = gazetteer.Entries[first.Entry];
        return new LocationResult(surface, e.Name, e.Country, e.Level == PlaceLevel.Admin1 ? e.Name : e.Admin1,
            e.Latitude, e.Longitude, e.GeonameId, e.Precision, spans, e.Kind);
    }

    /// <summary>A facility or unresolved place: the enclosing place's country, region and (for facilities) coordinates.</summary>
    private LocationResult Attached(Mention m, string surface, List<TextSpan> spans, string precision, string kind)
    {
        var parentId = m.Facility is not null && m.Entry >= 0 ? m.Entry : m.ParentEntry;
        if (parentId < 0)
            return new LocationResult(surface, surface, dominant, null, null, null, null, precision, spans, kind);
        var p = gazetteer.Entries[parentId];
        var admin1 = p.Level == PlaceLevel.Admin1 ? p.Name : p.Admin1;
        var facility = m.Facility is not null;
        return new LocationResult(surface, surface, p.Country, admin1, facility ? p.Latitude : null, facility ? p.Longitude : null,
            null, precision, spans, kind, p.Name);
    }
}
