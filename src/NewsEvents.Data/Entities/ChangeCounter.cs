namespace NewsEvents.Data.Entities;

/// <summary>
/// A number raised, in the writing transaction, by a change that leaves no newer id or <see cref="Event.UpdatedAt"/>
/// behind: an event deleted. Readers that cache what the events were compare it (see <see cref="EventsVersion"/>).
/// </summary>
public sealed class ChangeCounter
{
    /// <summary>Raised once for each event deleted (re-extraction left it without a source).</summary>
    public const string EventsDeleted = "events-deleted";

    public required string Name { get; set; }
    public long Value { get; set; }
}
