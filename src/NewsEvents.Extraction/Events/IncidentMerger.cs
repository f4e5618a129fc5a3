using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Frames that tell of one incident grouped together, in order of first mention. A frame joins an incident when their days
/// and places meet (the same, one inside the other, or one of them unsaid) and it tells the same kind of thing: the same
/// type, or another kind of the same armed violence ("attacked the village ... killed two ... kidnapped nine"). What an
/// incident brings with it (looting, houses burned, arrests that follow a riot) joins it when told next to it with no
/// day or place of its own; so does a demonstration's violence.
/// </summary>
internal static class IncidentMerger
{
    public static List<List<EventFrame>> Merge(List<EventFrame> frames, AnalyzedText text)
    {
        var incidents = new List<List<EventFrame>>();
        var summaries = new Dictionary<List<EventFrame>, Summary>(ReferenceEqualityComparer.Instance);
        // A sentence's frames tell one incident: it joins an earlier one by its strongest own trigger, not by a harm word
        // or what the incident brought with it.
        foreach (var sentence in frames.GroupBy(f => f.Sentence))
        {
            var told = sentence.ToList();
            // "Police later clashed with the gang (coded separately)": the act a note marks as coded apart is an incident of its own
            var apart = frames.Count > told.Count ? CodedApart(told, text) : null;
            if (apart is not null) incidents.Add([apart]);
            var group = told.Where(f => f != apart).ToList();
            if (group.Count == 0) continue;
            var key = group.OrderBy(f => f.Trigger.Harm ? 1 : 0).ThenBy(f => f.Type == "Strategic developments" ? 1 : 0)
                .ThenByDescending(f => f.Trigger.Weight).First();
            var home = incidents.FirstOrDefault(i => Compatible(i, key, SummaryOf(i, summaries))) ?? Retold(incidents, [.. group], text);
            if (home is null) incidents.Add([.. group]);
            else home.AddRange(group);
        }
        return incidents;
    }

    // The frame just before a "(coded separately)" or "(coded as a separate event)" of its sentence, if any.
    private static EventFrame? CodedApart(List<EventFrame> told, AnalyzedText text)
    {
        var toks = text.Sentences[told[0].Sentence].Tokens;
        var coded = UncreditedTolls.CodedSeparately(toks);
        if (coded < 0) return null;
        var at = toks[coded].Span.Start;
        return told.Where(f => f.TriggerSpan.End <= at).MaxBy(f => f.TriggerSpan.Start);
    }

    // An incident's day and place as Compatible reads them, kept while the incident has as many frames as when they were
    // read: every frame of a long article is tested against every incident, and reading them again each time made the
    // merge grow with the square of the frames.
    private readonly record struct Summary(int Frames, DateMention? Date, LocationResult? Place);

    private static Summary SummaryOf(List<EventFrame> incident, Dictionary<List<EventFrame>, Summary> summaries)
    {
        if (summaries.TryGetValue(incident, out var kept) && kept.Frames == incident.Count) return kept;
        // only days the sentences give: one carried over from the paragraph says little
        var summary = new Summary(incident.Count, incident.Find(f => f.OwnDate && f.Date is not null)?.Date, FrameFinder.MostSpecific(incident));
        summaries[incident] = summary;
        return summary;
    }

    private static bool Compatible(List<EventFrame> incident, EventFrame frame, Summary summary)
    {
        var lead = incident[0];
        var (date, place) = (summary.Date, summary.Place);
        if (!DatesMeet(date, frame.OwnDate ? frame.Date : null) || !PlacesMeet(place, frame.Location)) return false;
        // Rockets fired by one side and strikes by the other the same day are two events: remote violence and violence
        // against civilians go one way.
        if (frame.Type is "Explosions/Remote violence" or "Violence against civilians" && OtherInitiator(incident, frame)) return false;
        var adjacent = frame.Paragraph <= incident[^1].Paragraph + 1;
        if (lead.Type == frame.Type)
            return lead.Type != "Strategic developments" || lead.SubType == frame.SubType;
        // told next to it, with no day of its own or the same day
        var sameDay = !frame.OwnDate || date is null || Same(date, frame.Date);
        var plain = adjacent && sameDay;
        if (Violent(lead) && Violent(frame))
        {
            // the victims named later, the toll updated: harm with no other day or place is the same incident's
            if (frame.Trigger.Harm) return plain || sameDay && (frame.Location is null || place is not null && SamePlace(place, frame.Location));
            // another kind of violence with a place of its own is another incident ("two peacekeepers were killed in fighting near Sake");
            // told at the incident's own place it is the same ("a clash near Marinka ... the troops fired on cars leaving Marinka"),
            // unless one side's account tells it ("the army said gunmen fired on its position in Kidal")
            return plain && (frame.Location is null || place is not null && SamePlace(place, frame.Location) && !frame.Claims.Any(c => c.Span.Contains(frame.TriggerSpan)));
        }
        // what an armed incident or a demonstration brings with it
        if (frame.Type == "Strategic developments" && (Violent(lead) || lead.Demonstration)) return plain && frame.SubType is not ("Agreement" or "Change to group/activity");
        // the killing that followed an arrest or a looting told just before ("arrested a trader; his body was found")
        if (lead.Type == "Strategic developments" && lead.SubType is "Arrests" or "Looting/property destruction" && Violent(frame)) return plain;
        // a demonstration's violence is the demonstration's, and the demonstration goes on with the violence done to it
        return (lead.Demonstration || incident.Exists(f => f.Demonstration)) && (Violent(frame) || frame.Demonstration) && plain;
    }

    // "A pastor was killed by gunmen. He was shot dead in his shop on Mill Road": a sentence that tells again of the one
    // person the incident just told of killed is that incident, wherever it places the killing (the street is the town's)
    private static List<EventFrame>? Retold(List<List<EventFrame>> incidents, List<EventFrame> group, AnalyzedText text)
    {
        if (incidents.Count == 0 || !group.Exists(f => Violent(f) || f.Demonstration)) return null;
        var last = incidents[^1];
        var sentence = text.Sentences[group[0].Sentence];
        var tolls = group.SelectMany(f => f.Tolls).Where(t => sentence.Span.Contains(t.Span)).Distinct(ReferenceEqualityComparer.Instance).Cast<TollResult>().ToList();
        if (!last.Exists(f => f.Tolls.Exists(RetoldVictims.IsSingle))) return null;
        if (!RetoldVictims.OnlyRetells(tolls, sentence) && !RetoldVictims.NamesAgain(last.SelectMany(f => f.Tolls), sentence, text)) return null;
        var date = last.Find(f => f.OwnDate && f.Date is not null)?.Date;
        return group.TrueForAll(f => DatesMeet(date, f.OwnDate ? f.Date : null)) ? last : null;
    }

    private static bool OtherInitiator(List<EventFrame> incident, EventFrame frame)
    {
        var theirs = frame.Actors.Where(a => a.Role == "actor1").Select(a => a.Name).ToList();
        if (theirs.Count == 0) return false;
        var ours = incident.Where(f => f.Type == frame.Type).SelectMany(f => f.Actors).Where(a => a.Role == "actor1").Select(a => a.Name).ToList();
        return ours.Count > 0 && !ours.Intersect(theirs).Any();
    }

    private static bool Violent(EventFrame f) => f.Violent || f.Type == "Riots" && f.SubType == "Mob violence";

    private static bool Same(DateMention a, DateMention? b) => b is not null && a.Start == b.Start && a.End == b.End;

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
