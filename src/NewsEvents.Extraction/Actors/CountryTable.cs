using NewsEvents.Extraction.Text;
using System.Collections.Frozen;

namespace NewsEvents.Extraction.Actors;

// declaration order is the priority when one word is several things ("Amhara": a region and an ethnic group)
internal enum StateWordKind { Country, Demonym, Capital, Leader, Ethnic, City }

/// <summary>A word that stands for a state (or, for leaders, an armed actor): "Syria", "Syrian", "Moscow", "Assad"; or an ethnic adjective.</summary>
/// <param name="Country">ISO2 code; empty for ethnic adjectives.</param>
/// <param name="ActorId">For leaders of non-state actors ("Hemedti" -> RSF): the lexicon actor their forces are.</param>
/// <param name="Label">The canonical form (ethnic adjectives keep it for the actor's name).</param>
internal sealed record StateWord(StateWordKind Kind, string Country, string? ActorId, string? ExactCase, string Label);

/// <summary>
/// Countries with their names, demonyms, capitals and a few main cities (countries.tsv), leaders (leaders.tsv) and ethnic adjectives
/// (ethnic_groups.txt), all in one trie so one look-up per token finds any of them.
/// </summary>
internal sealed class CountryTable
{
    public FrozenDictionary<string, string> Names { get; }

    public TokenTrie<StateWord> Words { get; }

    /// <summary>Countries whose "the army" is another state's: Palestine (the Israeli army in Gaza and West Bank reports).</summary>
    public FrozenDictionary<string, string> ArmyOf { get; }

    private readonly FrozenDictionary<string, string> _acled;

    private CountryTable(FrozenDictionary<string, string> names, TokenTrie<StateWord> words, FrozenDictionary<string, string> armyOf,
        FrozenDictionary<string, string> acled)
    {
        Names = names;
        Words = words;
        ArmyOf = armyOf;
        _acled = acled;
    }

    /// <summary>The country's name in ACLED's actor names where it differs from ours ("Democratic Republic of Congo", without "the"), else null.</summary>
    public string? AcledNameOf(string code) => _acled.GetValueOrDefault(code);

    /// <summary>The country's short name without a leading "the" ("United States"), for "Civilians (United States)".</summary>
    public string? NameOf(string? code) => code is not null && Names.TryGetValue(code, out var n) ? Bare(n) : null;

    public static string Bare(string name) => name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;

    public static CountryTable Load()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = new TokenTrie<StateWord>();
        var armyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var acled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Rows("actors/countries.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 6) throw new FormatException($"countries.tsv: expected 6 or 7 columns in '{line}'.");
            var code = f[0].Trim();
            names.Add(code, f[1].Trim());
            AddAll(words, Bare(f[1].Trim()) + "|" + f[2], StateWordKind.Country, code, null);
            AddAll(words, f[3], StateWordKind.Demonym, code, null);
            AddAll(words, f[4], StateWordKind.Capital, code, null);
            AddAll(words, f[5], StateWordKind.City, code, null);
            if (f.Length > 6 && f[6].Trim() is { Length: 2 } army) armyOf[code] = army;
            if (f.Length > 7 && f[7].Trim() is { Length: > 0 } acledName) acled[code] = acledName;
        }
        foreach (var line in Rows("actors/leaders.tsv"))
        {
            var f = line.Split('\t');
            var target = f[1].Trim();
            var isCountry = names.ContainsKey(target);
            AddAll(words, f[0], StateWordKind.Leader, isCountry ? target : "", isCountry ? null : target);
        }
        foreach (var line in Rows("actors/ethnic_groups.txt"))
            AddAll(words, line, StateWordKind.Ethnic, "", null);
        return new CountryTable(names.ToFrozenDictionary(StringComparer.Ordinal), words, armyOf.ToFrozenDictionary(StringComparer.Ordinal),
            acled.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Rows(string path) =>
        ResourceFiles.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#');

    private static void AddAll(TokenTrie<StateWord> trie, string forms, StateWordKind kind, string country, string? actorId)
    {
        foreach (var raw in forms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var exact = raw.StartsWith('=');
            var form = exact ? raw[1..] : raw;
            trie.Add(TokenKeys.OfPhrase(form), new StateWord(kind, country, actorId, exact ? form : null, form));
        }
    }
}
