using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>What a word says about who takes part in a violent act (Resources/events/parties.tsv).</summary>
[Flags]
internal enum Party
{
    None = 0,
    Civilian = 1,
    CivilPlace = 2,
    Military = 4,
    Police = 8,
    Armed = 16,
    MilitarySite = 32,
    Crowd = 64,
    Protester = 128,
    /// <summary>"off-duty", "retired", "at his home": the person named next does not fight, whatever his trade.</summary>
    OffDuty = 256,
    /// <summary>A religious or ethnic community ("Muslim", "Rakhine Buddhists", "Fulani"): when it does the violence, as a
    /// mob or men of its own, ACLED codes it as an identity militia, whose attack on civilians is violence against them.</summary>
    Identity = 512,

    Fighting = Military | Police | Armed | MilitarySite,
    Unarmed = Civilian | CivilPlace | Protester,
    StateForces = Military | Police,
}

/// <summary>The party lexicon, loaded once: folded phrases to the parties they name.</summary>
internal sealed class PartyWords
{
    public TokenTrie<Party> Index { get; }

    private PartyWords(IEnumerable<(string, Party)> phrases) => Index = TokenTrie<Party>.Of(phrases);

    public static PartyWords LoadDefault() => new(Parse(ResourceFiles.ReadLines("events/parties.tsv")).Concat(EthnicGroups()));

    // the ethnic groups the actors stage knows name communities here too (parties.tsv lists the religions)
    private static IEnumerable<(string, Party)> EthnicGroups()
    {
        foreach (var line in ResourceFiles.ReadLines("actors/ethnic_groups.txt"))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var name = Folding.Fold(line.Trim());
            yield return (name, Party.Identity);
            yield return (name + "s", Party.Identity);
        }
    }

    private static IEnumerable<(string, Party)> Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 2) throw new FormatException($"parties.tsv: expected phrase and classes in '{line}'.");
            var party = Party.None;
            foreach (var c in f[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                party |= Enum.Parse<Party>(c.Replace("_", ""), ignoreCase: true);
            yield return (f[0].Trim(), party);
        }
    }

    /// <summary>The parties a toll's victims name ("Fulani herders" are herders): the last party phrase in them.</summary>
    public Party OfVictims(string? victims)
    {
        if (string.IsNullOrWhiteSpace(victims)) return Party.None;
        var tokens = Tokenizer.Tokenize(victims, new TextSpan(0, victims.Length));
        var party = Party.None;
        foreach (var m in Index.MatchAll(tokens)) party = m.Value;
        return party;
    }
}
