using NewsEvents.Extraction.Dates;

namespace NewsEvents.Extraction.Events;

/// <summary>Frames that tell of one incident (same type, compatible date and place) grouped together, in order of first mention.</summary>
internal static class IncidentMerger
{
    public static List<List<EventFrame>> Merge(List<EventFrame> frames)
    {
        var incidents = new List<List<EventFrame>>();
        foreach (var frame in frames)
        {
            var home = incidents.FirstOrDefault(i => Compatible(i, frame));
            if (home is null) incidents.Add([frame]);
            else home.Add(frame);
        }
        return incidents;
    }

    private static bool Compatible(List<EventFrame> incident, EventFrame frame)
    {
        var lead = incident[0];
        if (lead.Trigger.Type != frame.Trigger.Type) return SameViolentIncident(incident, frame);
        if (lead.Trigger.Type == "Strategic developments" && lead.Trigger.SubType != frame.Trigger.SubType) return false;
        var date = incident.Select(f => f.Date).FirstOrDefault(d => d is not null);
        var place = FrameFinder.MostSpecific(incident.Select(f => f.Location).OfType<LocationResult>());
        return DatesMeet(date, frame.Date) && PlacesMeet(place, frame.Location);
    }

    private static readonly HashSet<string> ViolentTypes = ["Battles", "Explosions/Remote violence", "Violence against civilians"];

    // "Gunmen stormed the camp ... and kidnapped nine": violence of different kinds told of one town on one day is one incident.
    private static bool SameViolentIncident(List<EventFrame> incident, EventFrame frame)
    {
        if (!ViolentTypes.Contains(incident[0].Trigger.Type) || !ViolentTypes.Contains(frame.Trigger.Type)) return false;
        var date = incident.Select(f => f.Date).FirstOrDefault(d => d is not null);
        var place = FrameFinder.MostSpecific(incident.Select(f => f.Location).OfType<LocationResult>());
        return date is not null && frame.Date is not null && date.Start == frame.Date.Start && date.End == frame.Date.End
               && place is not null && frame.Location is not null && PlaceChooser.Specificity(place.Precision) >= 4
               && PlaceChooser.Specificity(frame.Location.Precision) >= 4 && PlacesMeet(place, frame.Location);
    }

    private static bool DatesMeet(DateMention? a, DateMention? b) =>
        a is null || b is null || (a.Start <= b.End && b.Start <= a.End);

    // A place meets another that is the same, contains it (its country or region), or is a facility within it.
    internal static bool PlacesMeet(LocationResult? a, LocationResult? b)
    {
        if (a is null || b is null) return true;
        if (SamePlace(a, b)) return true;
        if (a.Parent is { } pa && Folded(pa) == Folded(b.Name)) return true;
        if (b.Parent is { } pb && Folded(pb) == Folded(a.Name)) return true;
        return Within(a, b) || Within(b, a);
    }

    private static bool SamePlace(LocationResult a, LocationResult b) =>
        a.GeonameId is not null && a.GeonameId == b.GeonameId || Folded(a.Name) == Folded(b.Name);

    // Is `inner` inside the region or country `outer`?
    private static bool Within(LocationResult inner, LocationResult outer) => outer.Precision switch
    {
        "country" => inner.Country is not null && inner.Country == outer.Country,
        "admin1" => inner.Admin1 is not null && Folded(inner.Admin1) == Folded(outer.Name) && inner.Country == outer.Country,
        _ => false,
    };

    private static string Folded(string s) => Text.Folding.Key(s);
}
