namespace NewsEvents.Extraction.Actors;

/// <summary>One canonical actor: a lexicon entry, or one generated per country (its forces, government, civilians...).</summary>
/// <param name="Id">Stable key: the lexicon id, or "{kind}-{ISO2}" for generated actors (e.g. "mil-SY", "gov-RU").</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, null for actors without one (e.g. the UN).</param>
/// <param name="ParentId">Id of the enclosing actor (a brigade's army, a ministry's government).</param>
public sealed record ActorDef(string Id, string Name, string Type, string? Country, string? ParentId);

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
    Monitor,
    Ethnic,
    StateMedia,
}
