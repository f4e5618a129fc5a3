using NewsEvents.Extraction.Text;
using System.Collections.Frozen;

namespace NewsEvents.Extraction.Actors;

/// <summary>
/// The named actors of Resources/actors/lexicon/*.tsv plus the actors generated for every country of countries.tsv
/// (its military, police, government, civilians, rebels...). Format: Resources/actors/README.md.
/// </summary>
internal sealed class ActorLexicon
{
    public static readonly FrozenSet<string> Types = FrozenSet.ToFrozenSet(
    [
        "state_forces", "rebel_group", "political_militia", "identity_militia", "external_force", "civilians", "protesters",
        "international_org", "monitor", "media", "government", "political_party",
    ]);

    private readonly FrozenDictionary<string, ActorDef> _byId;

    public TokenTrie<AliasEntry> Names { get; }

    public IReadOnlyCollection<ActorDef> All => _byId.Values;

    private ActorLexicon(FrozenDictionary<string, ActorDef> byId, TokenTrie<AliasEntry> names)
    {
        _byId = byId;
        Names = names;
    }

    public ActorDef? this[string id] => _byId.GetValueOrDefault(id);

    /// <summary>The generated actor for a role in a country ("mil-SY"), or the country-less bucket ("civ-") when the country is unknown.</summary>
    public ActorDef? Generated(MentionKind kind, string? country) =>
        GeneratedActors.Prefix(kind) is { } prefix ? _byId.GetValueOrDefault(prefix + "-" + (country ?? "")) : null;

    public static ActorLexicon Load(CountryTable countries)
    {
        var byId = new Dictionary<string, ActorDef>(StringComparer.Ordinal);
        var aliases = new List<(string Id, string Alias)>();
        foreach (var def in GeneratedActors.For(countries)) byId.Add(def.Id, def);

        foreach (var file in ResourceFiles.List("actors/lexicon").Order(StringComparer.Ordinal))
        {
            var lineNo = 0;
            foreach (var line in ResourceFiles.ReadLines(file))
            {
                lineNo++;
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                if (f.Length < 6) throw new FormatException($"{file}:{lineNo}: expected 6 tab-separated columns, found {f.Length}.");
                var id = f[0].Trim();
                if (f[1].Trim() is "-" or "")
                {
                    // an alias row: more names for an actor defined elsewhere (usually a generated one, "mil-SY"), and
                    // optionally the name ACLED gives it there ("rebels-TH": Southern Muslim Separatists (Thailand))
                    if (!byId.TryGetValue(id, out var known)) throw new FormatException($"{file}:{lineNo}: alias row for unknown actor '{id}'.");
                    if (f.Length > 6 && f[6].Trim() is { Length: > 0 } acledName) byId[id] = known with { Acled = acledName };
                }
                else
                {
                    var type = f[2].Trim();
                    if (!Types.Contains(type)) throw new FormatException($"{file}:{lineNo}: unknown type '{type}'.");
                    var country = f[3].Trim() is { Length: 2 } c ? c : null;
                    var parent = f[4].Trim() is { Length: > 0 } p ? p : null;
                    var acled = f.Length > 6 && f[6].Trim() is { Length: > 0 } a ? a : null;
                    if (!byId.TryAdd(id, new ActorDef(id, f[1].Trim(), type, country, parent, acled)))
                        throw new FormatException($"{file}:{lineNo}: duplicate actor id '{id}'.");
                }
                var forms = f[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                // the name is a name too, unless an exact form spells it ("=SANA" keeps "Sana" from matching)
                if (f[1].Trim() is var name && name is not ("-" or "") && !forms.Contains("=" + name)) aliases.Add((id, name));
                foreach (var alias in forms) aliases.Add((id, alias));
            }
        }

        foreach (var def in byId.Values)
            if (def.ParentId is { } p && !byId.ContainsKey(p)) throw new FormatException($"Actor '{def.Id}' has unknown parent '{p}'.");

        var names = new TokenTrie<AliasEntry>();
        foreach (var (id, alias) in aliases)
        {
            var exact = alias.StartsWith('=');
            var form = exact ? alias[1..] : alias;
            names.Add(TokenKeys.OfPhrase(form), new AliasEntry(byId[id], exact ? form : null, char.IsUpper(form[0])));
        }
        return new ActorLexicon(byId.ToFrozenDictionary(StringComparer.Ordinal), names);
    }
}
