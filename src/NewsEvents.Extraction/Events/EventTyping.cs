namespace NewsEvents.Extraction.Events;

/// <summary>
/// ACLED's event type from who does what to whom. Armed violence that hits an armed side is a battle; that hits only people
/// who do not fight (villagers, worshippers, an official at home) is violence against civilians; done by an unarmed crowd it
/// is mob violence; state forces firing on demonstrators is excessive force against protesters. Air and drone strikes,
/// shelling, mines and bombs are remote violence whoever they hit.
/// </summary>
internal static class EventTyping
{
    private const string Battles = "Battles", Remote = "Explosions/Remote violence", Civilians = "Violence against civilians",
        Protests = "Protests", Riots = "Riots", Strategic = "Strategic developments";

    public static (string Type, string SubType) OfFrame(EventTrigger trigger, Sides sides) => trigger.Type switch
    {
        EventTrigger.Attack => OfAttack(sides, trigger.Harm),
        Battles when trigger.SubType == "Armed clash" && UnarmedClash(sides) is { } riot => (Riots, riot),
        _ => (trigger.Type, trigger.SubType),
    };

    private static (string, string) OfAttack(Sides sides, bool harm)
    {
        if (IdentityOnCivilians(sides)) return (Civilians, "Attack");
        if (CrowdOnly(sides) && !sides.ArmedTargets)
            return (Riots, (sides.Doers & Party.Protester) != 0 ? "Violent demonstration" : "Mob violence");
        if (sides.StateDoers && (sides.Targets & Party.Protester) != 0) return (Protests, "Excessive force against protesters");
        if (sides.ArmedTargets) return (Battles, "Armed clash");
        if (sides.UnarmedTargets) return (Civilians, "Attack");
        // no word for who was hit: a killing told with no victims' trade ("a man was beaten to death by men of a youth brigade",
        // "two bodies found") or a non-state group's attack most often hits people who do not fight back
        if (sides.Targets == Party.None && (harm || (sides.Doers & Party.Armed) != 0 && !sides.StateDoers)) return (Civilians, "Attack");
        return (Battles, "Armed clash");
    }

    // "police clashed with protesters" is a demonstration turned violent; "supporters of two candidates clashed", "prisoners
    // clashed with guards" is mob violence: a clash is a battle only between armed sides.
    private static string? UnarmedClash(Sides sides)
    {
        var all = sides.Doers | sides.Targets;
        if ((all & (Party.Crowd | Party.Protester)) == 0 || (all & Party.Armed) != 0) return null;
        return (all & Party.Protester) != 0 ? "Violent demonstration" : "Mob violence";
    }

    // "a mob of Buddhists attacked Rohingya villagers", "a group of armed Hindu men killed a youth": a community that does
    // violence to people who do not fight back is an identity militia attacking civilians, not a riot
    private static bool IdentityOnCivilians(Sides sides) =>
        (sides.Doers & Party.Identity) != 0 && (sides.Doers & (Party.StateForces | Party.Protester)) == 0 && sides.UnarmedTargets && !sides.ArmedTargets;

    private static bool CrowdOnly(Sides sides) => !sides.ArmedDoers && (sides.Doers & (Party.Crowd | Party.Protester)) != 0;

    /// <summary>
    /// The type of an incident told in several frames: its lead frame's, read again with what every frame says about the sides
    /// (the victims are often named a sentence later), and with the incident's kinds of violence: a bomb or a shell makes an
    /// attack remote violence, a clash makes it a battle, a demonstration with violence a riot.
    /// </summary>
    public static (string Type, string SubType) OfIncident(List<EventFrame> incident, EventFrame lead, IReadOnlyList<EventActor> actors, IReadOnlyList<TollResult> tolls, string text,
        CivilianVictims civilians)
    {
        // who fought and who was hit, by the incident's acts of violence (not the arrests or evacuations that followed); the
        // lead's sentence says it best ("IS militants killed three civilians. The army launched a pursuit."), the rest only
        // when it names no one hit
        var acts = incident.Where(f => f.Violent || f.Trigger.Type == EventTrigger.Attack).ToList();
        var all = acts.Aggregate(default(Sides), (s, f) => s | f.Sides);
        var told = acts.Where(f => f.Sentence == lead.Sentence).Aggregate(default(Sides), (s, f) => s | f.Sides);
        var sides = told.Targets != Party.None ? new Sides(told.Doers == Party.None ? all.Doers : told.Doers, told.Targets) : all;
        // "a gang gunned down a constable on leave ... (coded as off-duty)": a policeman or a soldier the note marks as
        // off duty, told with the attack or just after, does not fight
        if ((sides.Targets & Party.StateForces) != 0 && OffDutyNoted(lead, text))
            sides = sides with { Targets = (sides.Targets & ~Party.StateForces) | Party.Civilian };
        // a killing told with no side at all ("two bodies were found", or a victim told by name only) is taken for one on
        // people who do not fight back; "nine RSF members were killed" names a side, though no word list or WordNet says which kind
        var harmOnly = incident.Where(f => f.Trigger.Type == EventTrigger.Attack).All(f => f.Trigger.Harm)
            && tolls.Where(t => t.Kind == "killed").All(t => t.Victims is null || t.Victims.ToLowerInvariant() is "bodies" or "body" or "dead"
                || civilians.Named(t.Victims));
        // "Property destruction: raiders set fire to a clinic", "Detonation: a bomb went off as its carriers
        // planted it": the note's heading names what it tells; a looting in which people were beaten or killed is the violence's
        if (incident.Find(f => f.Trigger.Heading) is { } heading && !(heading.SubType == "Looting/property destruction" && HarmsPeople(incident, tolls)))
            return (heading.Type, heading.SubType);
        var (type, subType) = (lead.Type, lead.SubType);
        var remote = incident.FirstOrDefault(f => f.Type == Remote && (f.Trigger.Weight >= 0.7 || Math.Abs(f.Sentence - lead.Sentence) <= 1));
        // a ground fight: a clash, or an assault on an armed side ("ambushed a convoy", "attacked a military post")
        // (told with the lead or just after: "fighting" three paragraphs on is the war around it)
        // ("traded small arms fire and mortar shells": a clash told with the shelling is a fight whoever is named hit)
        var groundFight = incident.Any(f => f.Sentence == lead.Sentence && f.Trigger.Type == Battles && f.Trigger.SubType == "Armed clash" && f.Type == Battles)
            || (sides.Targets & Party.Fighting) != 0 && incident.Any(f => f.Sentence - lead.Sentence is >= -1 and <= 1
            && (f.Trigger.Type == Battles && f.Trigger.SubType == "Armed clash" && f.Type == Battles
                || Assault(f) && f.Sides.ArmedTargets && !ByWeapon(f, incident, text)))
            // "a grenade was thrown at an army post ... the troops shot back": forces attacked with a
            // bomb who shoot back are in a fight (told a sentence or two on)
            || (sides.Targets & (Party.StateForces | Party.MilitarySite)) != 0 && !sides.StateDoers && incident.Any(f => f.Sentence - lead.Sentence is >= 0 and <= 2
                && f != lead && Assault(f) && f.Sides.StateDoers);
        // "eight troops died and six were led away as captives": an attack on armed men is a battle whatever else it brought
        // (armed men named among the hit: "gunmen seized a trader and shot him later" names no one who fought back)
        if (lead.Type == Civilians && lead.Trigger.Type != EventTrigger.Attack && incident.Any(f => f.Trigger.Type == EventTrigger.Attack)
            && sides.ArmedTargets && OfAttack(sides, harmOnly).Item1 == Battles)
            (type, subType) = (Battles, "Armed clash");
        else if (lead.Trigger.Type == EventTrigger.Attack)
        {
            (type, subType) = OfAttack(sides, harmOnly);
            // a bomb or a shell makes an attack remote violence, unless the attackers also fought on the ground (a complex attack)
            if (type is Battles or Civilians && remote is not null && !(type == Battles && groundFight)) (type, subType) = (remote.Type, remote.SubType);
            else if (type == Civilians && groundFight) (type, subType) = (Battles, "Armed clash");
        }
        else if (type == Remote && groundFight && (sides.ArmedTargets || incident.Any(f => f.Sentence == lead.Sentence && f.Trigger.Type == Battles && f.Type == Battles)))
            (type, subType) = (Battles, "Armed clash");
        // fire told as going both ways across a front is exchanged: a fight, whatever the weapons
        if (type == Remote && BothDirections(lead, text)) (type, subType) = (Battles, "Armed clash");
        // "captured and executed a soldier", "troops beat a suspected rebel": one held or overpowered does not fight back, so
        // armed men's violence to a captive is violence against civilians whoever he fights for (not when told with a fight)
        else if (type == Battles && !groundFight && acts.Any(f => f.Sentence == lead.Sentence && f.Trigger.Custody && f.Sides.Targets != Party.None && !CrowdOnly(f.Sides)))
            (type, subType) = (Civilians, "Attack");
        // "arrested 20 in overnight raids": a raid that harms no one is the arrest's
        if (lead.Trigger.Type == EventTrigger.Attack && !lead.Trigger.Harm && sides.Targets == Party.None && !tolls.Any(t => t.Kind is "killed" or "injured")
            && incident.FirstOrDefault(f => f.Type == Strategic && f.SubType is "Arrests" or "Looting/property destruction") is { } taken)
            return (Strategic, taken.SubType);
        switch (type)
        {
            case Battles when lead.Trigger.Type == Battles && lead.SubType == "Armed clash" && !BetweenSides(lead, text)
                && OneArmedSideKillingCivilians(actors, tolls, sides, civilians):
                return (Civilians, "Attack");
            case Civilians:
                return (type, VictimSubType(incident, subType, tolls));
            case Protests:
                return ProtestSubType(incident, sides, subType, text);
            case Riots when incident.Any(f => f.Type == Protests):
                return (Riots, "Violent demonstration");
            case Riots when subType == "Mob violence" && IdentityOnCivilians(sides):
                return (Civilians, VictimSubType(incident, "Attack", tolls));
            case Strategic when incident.FirstOrDefault(f => f.Violent || f.Demonstration) is { } violent:
                return (violent.Type, violent.SubType);
            // "arrested a man; his body was found hours later": an arrest or a raid that kills is an attack
            case Strategic when subType is "Arrests" or "Looting/property destruction" && tolls.Any(t => t.Kind == "killed" && (t.Best ?? t.Min ?? 1) > 0):
                return OfAttack(sides, harm: true);
        }
        return Territory(type, subType, actors);
    }

    // someone killed, hurt or taken, a harm word told of someone ("beat civilians"), or an attack on people ("attacked a civilian")
    private static bool HarmsPeople(List<EventFrame> incident, IReadOnlyList<TollResult> tolls) =>
        tolls.Any(t => t.Kind is "killed" or "injured" or "killed_or_injured" or "abducted" && (t.Best ?? t.Min ?? 1) > 0)
        || incident.Exists(f => f.Trigger.Type == Civilians || f.Trigger.Harm && f.Sides.Targets != Party.None
            || f.Trigger.Type == EventTrigger.Attack && (f.Sides.Targets & (Party.Civilian | Party.Protester)) != 0);

    // "off-duty" in the lead's sentence or the one after it
    private static bool OffDutyNoted(EventFrame lead, string text)
    {
        var end = lead.SentenceSpan.End;
        var next = end < text.Length ? text.IndexOf(". ", end, StringComparison.Ordinal) : -1;
        var told = text.AsSpan(lead.SentenceSpan.Start, (next < 0 ? text.Length : next + 1) - lead.SentenceSpan.Start);
        return told.Contains("off-duty", StringComparison.OrdinalIgnoreCase) || told.Contains("off duty", StringComparison.OrdinalIgnoreCase);
    }

    private static bool BothDirections(EventFrame lead, string text) =>
        lead.SentenceSpan.SliceOf(text).Contains("in both directions", StringComparison.OrdinalIgnoreCase);

    // a firm word of attack that names no harm of its own: "ambushed", "opened fire on"
    private static bool Assault(EventFrame f) => f.Trigger.Type == EventTrigger.Attack && !f.Trigger.Harm && f.Trigger.Weight >= 0.7;

    // "warplanes attacked a convoy", "jets launched attacks on the area", "troops fired at positions" read as shelling: an
    // assault done with a weapon that strikes from afar is no fight on the ground
    private static bool ByWeapon(EventFrame f, List<EventFrame> incident, string text) =>
        f.Type == Remote || incident.Any(g => g.Sentence == f.Sentence && g.Trigger.Type == Remote && g.TriggerSpan.End <= f.TriggerSpan.Start
            && f.TriggerSpan.Start - g.TriggerSpan.End <= WeaponReach && text.AsSpan(g.TriggerSpan.End, f.TriggerSpan.Start - g.TriggerSpan.End).IndexOfAny(',', ';') < 0);

    // the few words between a weapon named as the doer and its verb ("jets | launch | attacks")
    private const int WeaponReach = 16;

    // "clashes between two clans left three herders dead", "a gun battle at dawn between rival gangs": a clash told as
    // between sides is a fight whoever its dead were
    private static bool BetweenSides(EventFrame lead, string text)
    {
        var end = lead.SentenceSpan.End;
        var from = lead.TriggerSpan.End;
        var after = text.AsSpan(from, Math.Min(end, from + 48) - from);
        var between = after.IndexOf(" between ", StringComparison.OrdinalIgnoreCase);
        return between >= 0 && after[..between].IndexOfAny(',', ';', '.') < 0;
    }

    // "Gunmen stormed the camp and killed civilians" with no armed side opposite: violence against civilians, not a battle.
    private static bool OneArmedSideKillingCivilians(IReadOnlyList<EventActor> actors, IReadOnlyList<TollResult> tolls, Sides sides, CivilianVictims civilians)
    {
        if (sides.ArmedTargets) return false;
        var armedSides = actors.Count(a => a.Type is not ("civilians" or "protesters" or "government" or "political_party"));
        var civilianDead = tolls.Any(t => t.Kind == "killed" && civilians.Are(t.Victims));
        return armedSides <= 1 && civilianDead;
    }

    // Killing makes an attack whatever else was done; an abduction or a rape with no one killed keeps its own sub-type.
    private static string VictimSubType(List<EventFrame> incident, string subType, IReadOnlyList<TollResult> tolls)
    {
        var killed = tolls.Any(t => t.Kind == "killed");
        if (killed) return "Attack";
        if (incident.FirstOrDefault(f => f.Type == Civilians && f.SubType != "Attack") is { } other) return other.SubType;
        return subType;
    }

    private static readonly HashSet<string> InterventionWords = ["tear gas", "teargas", "dispersed", "disperse", "rubber bullet", "water cannon", "baton", "arrested", "detained",
        "broke up", "broken up", "disbanded"];

    private static (string, string) ProtestSubType(List<EventFrame> incident, Sides sides, string subType, string text)
    {
        if (incident.Any(f => f.Type == Riots) || (sides.Doers & Party.Protester) != 0 && incident.Any(f => f.Violent && f.Sides.Doers.HasFlag(Party.Protester)))
            return (Riots, "Violent demonstration");
        if (subType == "Excessive force against protesters" || incident.Any(f => f.SubType == "Excessive force against protesters"))
            return (Protests, "Excessive force against protesters");
        if (incident.Any(f => f.Type == Strategic && f.SubType == "Arrests") || incident.Any(f => Intervention(f.SentenceSpan.Of(text))))
            return (Protests, "Protest with intervention");
        return (Protests, subType);
    }

    // Words in a protest's sentences that tell of the forces stepping in: tear gas, dispersal, arrests.
    private static bool Intervention(string sentence) => InterventionWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));

    // The same seizure trigger means different things by who acts: state forces taking ground back, rebels taking it.
    private static (string, string) Territory(string type, string subType, IReadOnlyList<EventActor> actors)
    {
        var initiator = actors.FirstOrDefault(a => a.Role == "actor1")?.Type;
        return subType switch
        {
            "Non-state actor overtakes territory" when initiator is "state_forces" => (type, "Government regains territory"),
            "Government regains territory" when initiator is "rebel_group" or "identity_militia" or "political_militia" => (type, "Non-state actor overtakes territory"),
            _ => (type, subType),
        };
    }
}
