using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Dates;

/// <summary>STUB (owned by the cleaning and dates work): finds and resolves date expressions.</summary>
public static class DateFinder
{
    public static IReadOnlyList<DateMention> Find(AnalyzedText text, DateOnly? published) => [];
}
