namespace NewsEvents.Extraction;

/// <summary>
/// Settles what one stage could not know about another's findings. Places are found before actors, so a name that is
/// both ("Hamas" near the German town of Hamm, "Gaza" in "the Gaza health ministry", "Russia" in "Russia said") is
/// first taken as a place; once actors are known, a place all of whose mentions lie inside actor mentions is dropped.
/// </summary>
public static class MentionReconciler
{
    public static IReadOnlyList<LocationResult> PlacesNotActors(IReadOnlyList<LocationResult> locations, IReadOnlyList<ActorResult> actors)
    {
        var actorSpans = actors.SelectMany(a => a.Spans).ToList();
        if (actorSpans.Count == 0) return locations;
        var kept = locations.Where(l => !l.Spans.All(s => actorSpans.Any(a => a.Contains(s)))).ToList();
        return kept.Count == locations.Count ? locations : kept;
    }
}
