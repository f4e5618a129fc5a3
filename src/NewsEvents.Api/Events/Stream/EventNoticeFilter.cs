using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Events.Stream;

/// <summary>The filters of GET /api/events applied to one notice in memory, with the same meaning as <see cref="EventFilter.Apply"/>.</summary>
public static class EventNoticeFilter
{
    public static bool Matches(this EventFilter f, EventNotice notice)
    {
        var e = notice.Event;
        // As in SQL, an event without a date (or figure) matches no bound on it.
        if (f.From is { } from && !(e.Date >= from)) return false;
        if (f.To is { } to && !(e.Date <= to)) return false;
        if (f.UpdatedSince is { } since && e.UpdatedAt < since) return false;
        if (f.Country is { } country && e.Country != country) return false;
        if (f.Admin1 is { } admin1 && e.Admin1 != admin1) return false;
        if (f.Location is { } location && e.Location != location) return false;
        if (f.Type is { } type && e.Type != type) return false;
        if (f.MinFatalities is { } min && !(e.Fatalities >= min)) return false;
        if (f.Source is { } source && !notice.Sources.Contains(source)) return false;
        if (f.Actor is { } actor && !notice.Actors.Contains(actor)) return false;
        if (f.ActorType is { } actorType && (notice.ActorTypes & ActorTypeMask.Bit(actorType)) == 0) return false;
        if (f.Q is { } q && !e.Summary.Contains(q, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
