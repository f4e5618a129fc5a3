namespace NewsEvents.Extraction.Tolls;

/// <summary>A toll as the grammar reads it from one sentence, before attribution, dating, placing and merging.</summary>
/// <param name="QuantitySpan">The figure itself, used to find the claim that reports it.</param>
/// <param name="SideSpan">A capitalised modifier of the victims ("Ukrainian", "RSF") that may name an actor.</param>
public sealed record RawToll(
    string Kind, Quantity Quantity, string? Victims, IReadOnlyList<TollPart> Includes, string? Side, TextSpan? SideSpan,
    TextSpan Span, TextSpan QuantitySpan, int Sentence);
