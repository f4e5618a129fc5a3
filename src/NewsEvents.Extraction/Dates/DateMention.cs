namespace NewsEvents.Extraction.Dates;

/// <summary>A date expression resolved against the publication date.</summary>
/// <param name="Start">First day (for a single day, the day).</param>
/// <param name="End">Last day (equal to Start for a single day).</param>
/// <param name="Precision">day, period, week, month, year.</param>
/// <param name="Background">True for background time ("since 2016", "in 2011") that is not when the reported events happened.</param>
public sealed record DateMention(TextSpan Span, DateOnly Start, DateOnly End, string Precision, bool Background);
