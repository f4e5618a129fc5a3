using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>Who does a violent act and who suffers it, as classes of people and places (ACLED types follow from them).</summary>
internal readonly record struct Sides(Party Doers, Party Targets)
{
    public bool ArmedDoers => (Doers & (Party.StateForces | Party.Armed)) != 0;
    public bool StateDoers => (Doers & Party.StateForces) != 0;
    public bool ArmedTargets => (Targets & Party.Fighting) != 0;
    public bool UnarmedTargets => (Targets & Party.Unarmed) != 0;

    public static Sides operator |(Sides a, Sides b) => new(a.Doers | b.Doers, a.Targets | b.Targets);

    /// <summary>
    /// The sides one trigger's clause names: party words and actors by where they stand (<see cref="Clause.RoleOf"/>), and the
    /// victims of the sentence's tolls. "The homes of several policemen" are homes: what follows "of" only says whose they are.
    /// "An off-duty soldier", "a retired officer" do not fight.
    /// </summary>
    public static Sides Read(Clause clause, List<PhraseMatch<Party>> parties, Sentence sentence, IEnumerable<(TextSpan Span, ActorResult Actor)> actors,
        IEnumerable<TollResult> tolls, PartyWords words, CivilianVictims civilians)
    {
        Party doers = Party.None, targets = Party.None;
        // what follows "of", "for" or "from" after a target only says whose it is: "the homes of policemen", "spies working for Wagner"
        List<(int From, int To)>? owned = null;
        foreach (var m in parties)
        {
            if (m.First >= clause.First && m.First <= clause.Last) continue;
            // "gunmen wearing military uniforms" are no soldiers: a garment says nothing of who wears it
            if (m.Last + 1 < sentence.Tokens.Count && Garments.Contains(sentence.Tokens[m.Last + 1].Norm)) continue;
            var role = clause.RoleOf(m.First);
            if (role == Clause.Target && owned is not null && owned.Exists(o => m.First >= o.From && m.First <= o.To)) continue;
            // places do nothing: "a drone strike on a minibus killed 18" is done by the strike
            if (role == Clause.Doer) doers |= m.Value & ~(Party.CivilPlace | Party.MilitarySite);
            else if (role == Clause.Target) targets |= m.Value & ~Party.Identity;
            if (role == Clause.Target && Owner(sentence.Tokens, m.Last) is var o and >= 0) (owned ??= []).Add((o, o + 6));
        }
        foreach (var (span, actor) in actors)
        {
            var i = sentence.TokenIndexAt(span.Start);
            if (i < 0 || clause.RoleOf(i) == Clause.Target && owned is not null && owned.Exists(o => i >= o.From && i <= o.To)) continue;
            var role = clause.RoleOf(i);
            // a community hit is its people; one that attacks is its militia
            var party = role != Clause.Doer && Community(actor, span, sentence, i) ? Party.Civilian : Of(actor);
            // civilians are the ones hurt wherever they stand, unless they are the doers: then they are a crowd
            if (party == Party.Civilian) { if (role == Clause.Doer) doers |= Party.Crowd; else targets |= party; continue; }
            if (role == Clause.Doer) doers |= party;
            else if (role == Clause.Target) targets |= party;
        }
        foreach (var toll in tolls)
        {
            if (toll.Kind is not ("killed" or "injured" or "killed_or_injured" or "abducted" or "missing")) continue;
            // the counted are victims, never a crowd that acts
            targets |= Victims(toll.Victims, words, civilians);
            // "15 people, including a police officer": a few of another kind among many do not change who was hit
            var total = toll.Best ?? toll.Min ?? 0;
            foreach (var part in toll.Includes)
            {
                var party = Victims(part.Victims, words, civilians);
                if ((party & Party.Fighting) != 0 && (part.Best ?? part.Min ?? 1) * 2 < total) party &= ~Party.Fighting;
                targets |= party;
            }
        }
        return new Sides(doers & ~Party.OffDuty, targets);
    }

    /// <summary>
    /// "An off-duty soldier", "a retired officer": whoever is marked off duty among those hit does not fight. People named
    /// by their trade who do violence are armed men when they shoot ("three motorcyclists opened fire") and a mob when
    /// they do not ("riders beat a suspected thief to death").
    /// </summary>
    public Sides Settled(bool firearm)
    {
        var targets = (Targets & Party.OffDuty) != 0 ? (Targets & ~(Party.StateForces | Party.OffDuty)) | Party.Civilian : Targets;
        var doers = Doers;
        if ((doers & (Party.Civilian | Party.Crowd)) != 0 && (doers & (Party.StateForces | Party.Armed | Party.Protester)) == 0)
            doers = firearm ? (doers & ~(Party.Civilian | Party.Crowd)) | Party.Armed : doers;
        return new Sides(doers, targets);
    }

    // the counted are victims, never a crowd that acts; a group the party list does not name is civilian when WordNet gives
    // its head a civilian role and no arms ("herders", "village elders": CivilianVictims)
    private static Party Victims(string? victims, PartyWords words, CivilianVictims civilians)
    {
        var party = words.OfVictims(victims) & ~Party.Crowd;
        return party == Party.None && civilians.Are(victims) ? Party.Civilian : party;
    }

    private static readonly HashSet<string> Garments = ["uniform", "uniforms", "fatigues", "attire", "clothes", "clothing", "outfits", "gear", "camouflage"];

    private static readonly HashSet<string> OwnerWords = ["of", "for", "from", "to", "belonging", "linked", "affiliated", "working"];

    // The token after a target's noun that opens its owner ("of", "working for"), or -1.
    private static int Owner(IReadOnlyList<Token> tokens, int last)
    {
        for (var k = last + 1; k < Math.Min(tokens.Count, last + 3); k++)
            if (OwnerWords.Contains(tokens[k].Norm)) return k;
        return -1;
    }

    // "people from the Tuareg community": a community named as such is its people, not its militia
    private static bool Community(ActorResult actor, TextSpan span, Sentence sentence, int first)
    {
        if (actor.Type != "identity_militia") return false;
        for (var k = first; k < sentence.Tokens.Count && sentence.Tokens[k].Span.Start < span.End; k++)
            if (sentence.Tokens[k].Norm is "community" or "communities" or "clan" or "clans" or "members") return true;
        return false;
    }

    /// <summary>The party an actor of the actors stage is.</summary>
    public static Party Of(ActorResult actor) => Of(actor.Type, actor.Name);

    public static Party Of(string? type, string name) => type switch
    {
        "state_forces" or "external_force" => name.StartsWith("Police", StringComparison.Ordinal) ? Party.Police : Party.Military,
        "rebel_group" or "political_militia" or "identity_militia" => Party.Armed,
        "civilians" => Party.Civilian,
        "protesters" => name.StartsWith("Rioters", StringComparison.Ordinal) ? Party.Crowd : Party.Protester,
        _ => Party.None,
    };
}
