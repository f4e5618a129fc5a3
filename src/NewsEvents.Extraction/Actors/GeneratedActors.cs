namespace NewsEvents.Extraction.Actors;

/// <summary>
/// The actors every country has without a lexicon entry, named in ACLED's style ("Military Forces of Syria", "Civilians (Sudan)").
/// Roles that make sense without a country (civilians, rebels...) also get a country-less bucket, id "civ-".
/// </summary>
internal static class GeneratedActors
{
    private static readonly (MentionKind Kind, string Prefix, string Type, string Pattern, bool Countryless)[] Roles =
    [
        (MentionKind.Military, "mil", "state_forces", "Military Forces of {0}", false),
        (MentionKind.Police, "police", "state_forces", "Police Forces of {0}", false),
        (MentionKind.Government, "gov", "government", "Government of {0}", false),
        (MentionKind.Rebels, "rebels", "rebel_group", "Rebel groups ({0})", true),
        (MentionKind.Civilians, "civ", "civilians", "Civilians ({0})", true),
        (MentionKind.Protesters, "prot", "protesters", "Protesters ({0})", true),
        (MentionKind.ProGovernmentMilitia, "progov", "political_militia", "Pro-Government Militia ({0})", false),
        (MentionKind.Militias, "militia", "political_militia", "Militias ({0})", true),
        (MentionKind.Backed, "backed", "political_militia", "{0}-backed militias", false),
        (MentionKind.ArmedGroup, "armed", "political_militia", "Unidentified Armed Group ({0})", true),
        (MentionKind.Gangs, "gangs", "political_militia", "Gangs ({0})", true),
        (MentionKind.StateMedia, "statemedia", "media", "State media ({0})", false),
    ];

    public static string? Prefix(MentionKind kind)
    {
        foreach (var r in Roles)
            if (r.Kind == kind) return r.Prefix;
        return null;
    }

    public static IEnumerable<ActorDef> For(CountryTable countries)
    {
        foreach (var (code, name) in countries.Names)
            foreach (var r in Roles)
            {
                var parent = r.Kind is MentionKind.Military or MentionKind.Police ? "gov-" + code : null;
                var display = r.Pattern.StartsWith("{0}", StringComparison.Ordinal) || r.Pattern.Contains('(') ? CountryTable.Bare(name) : name;
                yield return new ActorDef(r.Prefix + "-" + code, string.Format(r.Pattern, display), r.Type, code, parent);
            }
        foreach (var r in Roles)
            if (r.Countryless)
            {
                var name = r.Pattern.Replace(" ({0})", "", StringComparison.Ordinal);
                yield return new ActorDef(r.Prefix + "-", name, r.Type, null, null);
            }
    }

    /// <summary>"Kurdish Ethnic Militia (Syria)": made per article, since ethnic groups times countries would be a large table for rare use.</summary>
    public static ActorDef Ethnic(string adjective, string? country, string? countryName) => new(
        "ethnic-" + adjective.ToLowerInvariant() + "-" + country,
        countryName is null ? adjective + " Ethnic Militia" : $"{adjective} Ethnic Militia ({countryName})",
        "identity_militia", country, null);
}
