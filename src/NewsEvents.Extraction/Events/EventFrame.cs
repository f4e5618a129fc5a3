using NewsEvents.Extraction.Dates;

namespace NewsEvents.Extraction.Events;

/// <summary>One sentence's reading of an event: the trigger and whatever the sentence says about when, where, who and how many.</summary>
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
    IReadOnlyList<ClaimResult> Claims);
