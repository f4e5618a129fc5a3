using System.Collections.Frozen;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.People;

/// <summary>A well-known person with the canonical spelling every variant maps to.</summary>
public sealed record KnownPerson(string Name, string? Role, string? Affiliation);

/// <summary>The people data files, loaded once: given names, titles, role nouns, demonyms and well-known people.</summary>
public sealed class PersonLexicon
{
    public required FrozenSet<string> GivenNames { get; init; }
    /// <summary>Title word to its kind: honorific, rank or office.</summary>
    public required FrozenDictionary<string, string> Titles { get; init; }
    public required FrozenSet<string> Roles { get; init; }
    public required FrozenDictionary<string, string> Demonyms { get; init; }
    /// <summary>Name key (see <see cref="NameKey"/>) of every canonical name and variant to its person.</summary>
    public required FrozenDictionary<string, KnownPerson> Known { get; init; }

    public static PersonLexicon LoadDefault()
    {
        var known = new Dictionary<string, KnownPerson>(StringComparer.Ordinal);
        foreach (var f in Rows("people/known-people.tsv"))
        {
            var person = new KnownPerson(f[0], Field(f, 2), Field(f, 3));
            known.TryAdd(KeyOf(f[0]), person);
            if (f.Length > 1)
                foreach (var v in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    known.TryAdd(KeyOf(v), person);
        }
        return new PersonLexicon
        {
            GivenNames = Rows("people/given-names.txt").Select(f => Folding.Fold(f[0])).ToFrozenSet(),
            Titles = Rows("people/titles.txt").DistinctBy(f => f[0]).ToFrozenDictionary(f => Folding.Fold(f[0]), f => f[1]),
            Roles = Rows("people/roles.txt").Select(f => Folding.Fold(f[0])).ToFrozenSet(),
            Demonyms = Rows("people/demonyms.tsv").DistinctBy(f => f[0]).ToFrozenDictionary(f => Folding.Fold(f[0]), f => f[1]),
            Known = known.ToFrozenDictionary(StringComparer.Ordinal),
        };
    }

    public bool IsTitle(string norm) => Titles.ContainsKey(norm);

    public bool IsHonorific(string norm) => Titles.TryGetValue(norm, out var kind) && kind == "honorific";

    /// <summary>True for words that name a role: titles and role nouns ("spokesman", "fighter").</summary>
    public bool IsRole(string norm) => Roles.Contains(norm) || (Titles.TryGetValue(norm, out var kind) && kind != "honorific");

    /// <summary>The name key of a name written out, e.g. from a data file.</summary>
    public static string KeyOf(string name)
    {
        var words = new List<string>();
        foreach (var part in Folding.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add(part.Replace("'", ""));
        return NameKey.Join(words);
    }

    private static string? Field(string[] f, int i) => f.Length > i && f[i].Trim().Length > 0 ? f[i].Trim() : null;

    private static IEnumerable<string[]> Rows(string path) => DataFile.Rows(path);
}
