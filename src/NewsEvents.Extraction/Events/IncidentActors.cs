using NewsEvents.Extraction.Actors;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// An incident's actors as ACLED codes them. The actors its sentences name keep the role of the first sentence that names
/// them; then the roles the event's type implies are filled in with the story's country: the civilians of violence against
/// civilians, the protesters of a protest, the rioters of a riot, the forces hit by an attack on "a police post", and the
/// "Unidentified Armed Group" behind an attack no one is named for. One state keeps one name: its military or police, not its
/// government beside them; a government that strikes or arrests is its military or its police.
/// </summary>
internal static class IncidentActors
{
    private const string Battles = "Battles", Remote = "Explosions/Remote violence", Civilians = "Violence against civilians",
        Protests = "Protests", Riots = "Riots", Strategic = "Strategic developments";

    /// <param name="named">The actors the incident's sentences name (and claim it), each once with its first role.</param>
    /// <param name="placeIsSettlement">The event happened in a town or village (not a region, a base or a front line).</param>
    public static List<EventActor> Of(List<EventActor> named, IReadOnlyList<ActorResult> known, string type, string subType, Sides sides,
        string? country, RoleActors roles, bool placeIsSettlement = false)
    {
        var list = named.Select(a => (Actor: a, Country: known.FirstOrDefault(k => k.Name == a.Name)?.Country)).ToList();
        OneNamePerState(list, type, subType, roles);

        void Add(MentionKind kind, string role)
        {
            if (roles.Get(kind, country) is not { } def || list.Exists(x => x.Actor.Name == def.Name)) return;
            list.Add((new EventActor(def.Name, role, def.Type, def.AcledName), def.Country));
        }
        bool Has(Func<(EventActor Actor, string? Country), bool> test) => list.Exists(x => test(x));
        bool HasParty(Party party) => Has(x => (Sides.Of(x.Actor.Type, x.Actor.Name) & party) != 0);
        bool HasStateOf(string prefix) => Has(x => x.Actor.Type is "state_forces" or "external_force" && x.Country == country && x.Actor.Name.StartsWith(prefix, StringComparison.Ordinal));
        var initiator = Has(x => x.Actor.Role == "actor1");
        string Other() => initiator ? "actor2" : "actor1";

        switch (type)
        {
            case Civilians:
                if (!Has(x => x.Actor.Type == "civilians")) Add(MentionKind.Civilians, "actor2");
                // "shot dead by soldiers": forces the text names only by their trade are the country's
                if (!Has(x => x.Actor.Role == "actor1" && x.Actor.Type != "civilians")) Add(StateDoers(sides) ?? MentionKind.ArmedGroup, "actor1");
                break;
            case Riots:
                ToRioters(list, roles, country);
                if (!Has(x => x.Actor.Name.StartsWith("Rioters", StringComparison.Ordinal))) Add(MentionKind.Rioters, "actor1");
                if (subType == "Mob violence" && (sides.Targets & Party.Unarmed) != 0 && !Has(x => x.Actor.Type == "civilians")) Add(MentionKind.Civilians, "actor2");
                break;
            case Protests:
                // the demonstrators are the ones who act in a protest, wherever the sentence names them; the forces that
                // dispersed or fired on them are the other side (the police, unless the text names others)
                for (var i = 0; i < list.Count; i++)
                    if (list[i].Actor.Type is "protesters" or "civilians") list[i] = (list[i].Actor with { Role = "actor1" }, list[i].Country);
                if (!Has(x => x.Actor.Type == "protesters")) Add(MentionKind.Protesters, "actor1");
                if (subType != "Peaceful protest" && !HasParty(Party.StateForces)) Add(MentionKind.Police, "actor2");
                break;
            case Strategic when subType == "Looting/property destruction" && (sides.Targets & Party.Unarmed) != 0:
                // what is looted or burned belongs to civilians
                if (!Has(x => x.Actor.Type == "civilians")) Add(MentionKind.Civilians, "actor2");
                break;
            case Battles:
                if ((sides.Doers & Party.Armed) != 0 && !HasParty(Party.Armed) && !initiator) Add(MentionKind.ArmedGroup, "actor1");
                else if (StateDoers(sides) is { } forces && !HasParty(Party.StateForces) && !initiator) Add(forces, "actor1");
                // "attacked a police station" hits the police; "attacked an army post", "a checkpoint" the military
                if ((sides.Targets & Party.Police) != 0 && !HasStateOf("Police")) Add(MentionKind.Police, Other());
                if (((sides.Targets & Party.Military) != 0 || (sides.Targets & (Party.MilitarySite | Party.Police)) == Party.MilitarySite)
                    && !HasStateOf("Military") && !HasParty(Party.Police)) Add(MentionKind.Military, Other());
                initiator = Has(x => x.Actor.Role == "actor1");
                if ((sides.Targets & Party.Armed) != 0 && !HasParty(Party.Armed)) Add(MentionKind.ArmedGroup, Other());
                // an attack on the forces that names no attacker: an unidentified armed group, as ACLED codes it
                if (!Has(x => x.Actor.Role == "actor1") && (list.Count == 0 || list.TrueForAll(x => x.Country == country && x.Actor.Type == "state_forces")))
                    Add(MentionKind.ArmedGroup, "actor1");
                break;
            case Strategic when subType == "Arrests":
                // ACLED codes arrests by the police unless the text names who made them; those arrested are civilians
                // unless named as fighters
                if (!Has(x => x.Actor.Role == "actor1" && x.Actor.Type is "state_forces" or "external_force" or "government"))
                    Add((sides.Doers & Party.Military) != 0 ? MentionKind.Military : MentionKind.Police, "actor1");
                if ((sides.Targets & Party.Fighting) == 0 && (sides.Targets & Party.Unarmed) != 0 && !Has(x => x.Actor.Role == "actor2")) Add(MentionKind.Civilians, "actor2");
                break;
            case Remote:
                // a bomb no one is named for is put down to an unidentified armed group; shells on a town hit its people
                if (subType is "Remote explosive/landmine/IED" or "Grenade" or "Suicide bomb" && !Has(x => x.Actor.Role == "actor1")) Add(MentionKind.ArmedGroup, "actor1");
                if (((sides.Targets & Party.Unarmed) != 0 || sides.Targets == Party.None && subType is "Shelling/artillery/missile attack" or "Air/drone strike" && placeIsSettlement)
                    && !Has(x => x.Actor.Type == "civilians")) Add(MentionKind.Civilians, "actor2");
                if ((sides.Targets & (Party.Military | Party.MilitarySite)) != 0 && !HasStateOf("Military") && Has(x => x.Actor.Role == "actor1")) Add(MentionKind.Military, "actor2");
                break;
        }
        return list.Select(x => x.Actor).OrderBy(a => a.Role switch { "actor1" => 0, "actor2" => 1, _ => 2 }).ToList();
    }

    // The state's forces when the doers are named only as soldiers or police (and no armed group is among them).
    private static MentionKind? StateDoers(Sides sides) =>
        (sides.Doers & Party.Armed) != 0 ? null
        : (sides.Doers & Party.Military) != 0 ? MentionKind.Military
        : (sides.Doers & Party.Police) != 0 ? MentionKind.Police : null;

    // "Russia launched drones", "the authorities arrested": a state that strikes is its military, one that arrests its police,
    // and its government is not named again beside its forces.
    private static void OneNamePerState(List<(EventActor Actor, string? Country)> list, string type, string subType, RoleActors roles)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var (actor, country) = list[i];
            if (actor.Type != "government" || country is null) continue;
            var forces = list.Exists(x => x.Country == country && x.Actor.Type is "state_forces" or "external_force");
            // a government beside its forces, or named as the one an armed act hits, is not a party to it as itself
            if (forces || actor.Role != "actor1" && type is Battles or Remote or Civilians) { list.RemoveAt(i); continue; }
            var kind = type is Battles or Remote or Civilians ? MentionKind.Military
                : type == Strategic && subType == "Arrests" ? MentionKind.Police : (MentionKind?)null;
            if (kind is { } k && roles.Get(k, country) is { } def)
                list[i] = (actor with { Name = def.Name, Type = def.Type, AcledName = def.AcledName }, country);
        }
    }

    // In a riot the demonstrators are rioters.
    private static void ToRioters(List<(EventActor Actor, string? Country)> list, RoleActors roles, string? country)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i].Actor.Type == "protesters" && roles.Get(MentionKind.Rioters, list[i].Country ?? country) is { } def)
                list[i] = (list[i].Actor with { Name = def.Name, AcledName = def.AcledName }, list[i].Country);
    }
}
