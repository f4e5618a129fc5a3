using NewsEvents.Extraction.Dates;

namespace NewsEvents.Extraction.Events;

/// <summary>One sentence's reading of an event: the trigger and whatever the sentence says about when, where, who and how many.</summary>
/// <param name="Type">The ACLED type this frame reads as on its own (an <see cref="EventTrigger.Attack"/> trigger typed by its sides).</param>
/// <param name="OwnDate">The date is the sentence's own, not one carried over from the paragraph.</param>
/// <param name="ReportDate">The day the sentence says the event was reported ("as reported on 3 May"): an estimate when no other date is known.</param>
internal sealed record EventFrame(
    int Sentence,
    int Paragraph,
    TextSpan SentenceSpan,
    TextSpan TriggerSpan,
    EventTrigger Trigger,
    DateMention? Date,
    LocationResult? Location,
    IReadOnlyList<EventActor> Actors,
    List<TollResult> Tolls,
    IReadOnlyList<ClaimResult> Claims,
    string Type,
    string SubType,
    Sides Sides,
    bool OwnDate,
    DateMention? ReportDate = null)
{
    /// <summary>Battles, remote violence and violence against civilians: kinds of one armed incident, which one sentence may tell in several words.</summary>
    public bool Violent => Type is "Battles" or "Explosions/Remote violence" or "Violence against civilians";

    public bool Demonstration => Type is "Protests" or "Riots";
}
