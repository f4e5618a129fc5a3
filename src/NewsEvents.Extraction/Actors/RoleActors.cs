using System.Collections.Frozen;

namespace NewsEvents.Extraction.Actors;

/// <summary>
/// The per-country actors for roles an event implies without the text naming them: the civilians a massacre hits, the
/// protesters of a protest, the unidentified armed group behind an unclaimed attack, the forces a raid on a police post hits.
/// Named as the actors stage names them, with ACLED's names beside. Immutable after loading.
/// </summary>
internal sealed class RoleActors
{
    private readonly FrozenDictionary<string, ActorDef> _byId;

    private RoleActors(IEnumerable<ActorDef> defs) => _byId = defs.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    public static RoleActors Load() => new(GeneratedActors.For(CountryTable.Load()));

    /// <summary>Whether the country has actors of its own (is in countries.tsv).</summary>
    public bool Knows(string? country) => country is not null && _byId.ContainsKey("civ-" + country);

    /// <summary>The role's actor in <paramref name="country"/>, or its country-less form when the country is unknown (null when the role has none).</summary>
    public ActorDef? Get(MentionKind kind, string? country) =>
        GeneratedActors.Prefix(kind) is { } prefix
            ? _byId.GetValueOrDefault(prefix + "-" + (country ?? "")) ?? _byId.GetValueOrDefault(prefix + "-")
            : null;
}
