namespace NewsEvents.Data.Entities;

/// <summary>
/// The actor types of an event as bits of one integer on the event row, so that "events with a rebel group involved"
/// is a column test while scanning a date range instead of a join through EventActors and Actors for every event
/// (that join made the broad dashboard query miss its latency target on 100,000 events).
/// </summary>
public static class ActorTypeMask
{
    private static readonly string[] Types =
    [
        "state_forces", "rebel_group", "political_militia", "identity_militia", "external_force", "civilians",
        "protesters", "international_org", "monitor", "media", "government", "political_party",
    ];

    /// <summary>The bit of a type; types outside the list share the last bit.</summary>
    public static int Bit(string type)
    {
        var i = Array.IndexOf(Types, type);
        return 1 << (i >= 0 ? i : 30);
    }

    public static IEnumerable<(string Type, int Bit)> All => Types.Select(t => (t, Bit(t)));
}
