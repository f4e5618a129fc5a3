using System.Collections.Frozen;

namespace NewsEvents.Extraction.Lexicon;

/// <summary>
/// The singulars a plural noun may have: WordNet's irregular plurals (noun.exc: "men", "children", "knives"), then the
/// regular endings ("-men", "-ies", "-es", "-s"), each tried only where the result is a known lemma.
/// </summary>
internal sealed class Singulars
{
    // not in noun.exc, where "people" is a lemma of its own (a group), but news copy uses it as the plural of "person"
    private static readonly (string Plural, string Singular)[] Added = [("people", "person")];

    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _irregular;

    private Singulars(FrozenDictionary<string, string[]> irregular) => _irregular = irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Singulars Load(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab > 0) map[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        foreach (var (plural, singular) in Added) map.TryAdd(plural, [singular]);
        return new Singulars(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The singulars of <paramref name="word"/> that <paramref name="lemmas"/> knows; empty for a word that is no plural.</summary>
    public IReadOnlyList<string> Of(ReadOnlySpan<char> word, WordClasses lemmas)
    {
        if (_irregular.TryGetValue(word, out var irregular)) return irregular;
        if (word.Length < 3 || word[^1] != 's' || word[^2] == 's') return word.EndsWith("men") && word.Length > 3 ? Known(word[..^3], "man", lemmas) : [];
        if (word.EndsWith("ies") && word.Length > 4 && Known(word[..^3], "y", lemmas) is [_] ies) return ies;
        if (word.EndsWith("es") && Known(word[..^2], "", lemmas) is [_] es) return es;
        return Known(word[..^1], "", lemmas);
    }

    private static string[] Known(ReadOnlySpan<char> stem, string ending, WordClasses lemmas)
    {
        Span<char> buffer = stackalloc char[Math.Min(stem.Length + ending.Length, 256)];
        if (stem.Length + ending.Length > buffer.Length) return [];
        stem.CopyTo(buffer);
        ending.AsSpan().CopyTo(buffer[stem.Length..]);
        var singular = buffer[..(stem.Length + ending.Length)];
        return lemmas.Contains(singular) ? [singular.ToString()] : [];
    }
}
