using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// What the whole report says, read once per article however many of its sentences ask. The parsed casualty grammar
/// reads one sentence at a time (a long article's on several cores), and reading the whole text again for every
/// shooting or every surname would make a long article's cost grow with the square of its length.
/// </summary>
internal static class ReportWords
{
    // Words of a wound, of care or of survival: a report that has none of them tells of no one shot and living
    private static readonly string[] Survival = ["injur", "wound", "hurt", "hospital", "surviv", "unharm", "unhurt", "treat", "medical", "clinic", "critical", "stable", "alive"];

    private sealed class Read(string text)
    {
        public readonly Lazy<bool> Survival = new(() => ReportWords.Survival.Any(stem => text.Contains(stem, StringComparison.OrdinalIgnoreCase)));
        public readonly ConcurrentDictionary<string, int> FullNames = new(StringComparer.Ordinal);
    }

    // keyed by the article's text itself: every sentence of one article hands the same string
    private static readonly ConditionalWeakTable<string, Read> Reads = new();

    private static Read Of(string text) => Reads.GetValue(text, t => new Read(t));

    /// <summary>Whether the report has a word of a wound, of care or of survival anywhere.</summary>
    public static bool TellsOfSurvival(string text) => Of(text).Survival.Value;

    /// <summary>
    /// Where the report first writes <paramref name="surname"/> after a capitalised given name of two letters or more
    /// ("Thabo Ndlovu"), as a whole word; -1 when it never does.
    /// </summary>
    public static int FirstFullName(string text, string surname) => Of(text).FullNames.GetOrAdd(surname, w => FindFullName(text, w));

    private static int FindFullName(string text, string word)
    {
        for (var from = 0; from < text.Length; )
        {
            var found = text.AsSpan(from).IndexOf(word, StringComparison.Ordinal);
            if (found < 0) return -1;
            var at = from + found;
            from = at + word.Length;
            if (at < 3 || text[at - 1] != ' ' || from < text.Length && char.IsLetter(text[from])) continue;
            var given = at - 1;
            while (given > 0 && char.IsLetter(text[given - 1])) given--;
            if (at - 1 - given >= 2 && char.IsUpper(text[given])) return at;
        }
        return -1;
    }
}
