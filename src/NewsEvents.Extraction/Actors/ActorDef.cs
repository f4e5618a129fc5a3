namespace NewsEvents.Extraction.Actors;

/// <summary>One canonical actor: a lexicon entry, or one generated per country (its forces, government, civilians...).</summary>
/// <param name="Id">Stable key: the lexicon id, or "{kind}-{ISO2}" for generated actors (e.g. "mil-SY", "gov-RU").</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, null for actors without one (e.g. the UN).</param>
/// <param name="ParentId">Id of the enclosing actor (a brigade's army, a ministry's government).</param>
/// <param name="Acled">The actor's name in ACLED's codebook when it differs from <paramref name="Name"/> ("Unidentified Armed Group (Mali)" for "Rebel groups (Mali)").</param>
public sealed record ActorDef(string Id, string Name, string Type, string? Country, string? ParentId, string? Acled = null)
{
    /// <summary>The name ACLED gives the actor: its own when it has one, else the canonical name.</summary>
    public string AcledName => Acled ?? Name;
}

/// <summary>One written form of an actor; <paramref name="ExactCase"/> is set for abbreviations that match only as written ("IS", not "is").</summary>
internal sealed record AliasEntry(ActorDef Actor, string? ExactCase, bool Capitalized);

/// <summary>The roles a reference can name without naming a group: "Russian warplanes" (Military), "the regime" (Military), "residents" (Civilians)...</summary>
internal enum MentionKind
{
    Named,
    Military,
    Police,
    Government,
    Rebels,
    Civilians,
    Protesters,
    ProGovernmentMilitia,
    /// <summary>"Iranian militias": the country's own militias at home, its proxies abroad (resolved once the dominant country is known).</summary>
    MilitiaOf,
    Militias,
    Backed,
    ArmedGroup,
    Gangs,
    /// <summary>"rioters", "an angry mob": ACLED's Rioters.</summary>
    Rioters,
    /// <summary>"clan militiamen", "a communal militia" with no community named.</summary>
    CommunalMilitias,
    /// <summary>"vigilantes", "a self-defence group".</summary>
    Vigilantes,
    /// <summary>"security guards": ACLED's Private Security Forces.</summary>
    PrivateSecurity,
    /// <summary>"members of the X community", "X clan militiamen": a communal militia named for its community (label).</summary>
    Communal,
    /// <summary>"the X gang", "members of X Gang": a gang ACLED names "X Gang" (label).</summary>
    NamedGang,
    Monitor,
    Ethnic,
    StateMedia,
}
