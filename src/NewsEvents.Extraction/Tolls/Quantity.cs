namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// A parsed quantity ("at least 27", "two hundred and fifty", "dozens", "between 10 and 15") with the tokens it covers.
/// </summary>
/// <remarks>
/// The min/max/best convention, chosen so that <see cref="Best"/> is the figure a coder following ACLED would record
/// (the lowest credible stated figure) and <see cref="Min"/>/<see cref="Max"/> are only what the words guarantee:
/// <list type="bullet">
/// <item>bare or "exactly" N: Min = Max = Best = N.</item>
/// <item>at_least N and more_than N: Min = Best = N, Max null. "More than 200" keeps 200 rather than 201: the stated figure is what sources compare.</item>
/// <item>nearly N and up_to N: Max = Best = N, Min null.</item>
/// <item>about N: Best = N only.</item>
/// <item>fewer_than N: Max = N, Best null, since no figure is asserted.</item>
/// <item>range "10 to 15": Min 10, Max 15, Best 10 (the lower bound), Qualifier "range".</item>
/// <item>vague words: Best null, Min/Max from <see cref="NumberWords"/> (e.g. dozens 24..99, hundreds 200..999), Vague the folded phrase.</item>
/// </list>
/// </remarks>
/// <param name="First">Index of the first token (the qualifier when there is one).</param>
/// <param name="End">Index just past the last token.</param>
/// <param name="NumberFirst">Index of the first token of the figure itself, after any qualifier.</param>
/// <param name="YearLike">A bare four-digit figure between 1800 and 2100, most likely a year.</param>
public sealed record Quantity(
    int? Min, int? Max, int? Best, string? Qualifier, string? Vague,
    int First, int End, int NumberFirst, TextSpan Span, bool YearLike = false);
