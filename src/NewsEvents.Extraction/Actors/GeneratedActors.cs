namespace NewsEvents.Extraction.Actors;

/// <summary>
/// The actors every country has without a lexicon entry, named in ACLED's style ("Military Forces of Syria", "Civilians (Sudan)").
/// Roles that make sense without a country (civilians, rebels...) also get a country-less bucket, id "civ-".
/// </summary>
/// <remarks>
/// Each role also carries the name ACLED's codebook gives it where ours differs: unnamed rebels, militants and militiamen are
/// all "Unidentified Armed Group (X)" there, unnamed gangs "Unidentified Gang (X)", pro-government militias "Militia (Pro-Government)".
/// </remarks>
internal static class GeneratedActors
{
    private static readonly (MentionKind Kind, string Prefix, string Type, string Pattern, string? Acled, bool Countryless)[] Roles =
    [
        (MentionKind.Military, "mil", "state_forces", "Military Forces of {0}", null, false),
        (MentionKind.Police, "police", "state_forces", "Police Forces of {0}", null, false),
        (MentionKind.Government, "gov", "government", "Government of {0}", null, false),
        (MentionKind.Rebels, "rebels", "rebel_group", "Rebel groups ({0})", "Unidentified Armed Group ({0})", true),
        (MentionKind.Civilians, "civ", "civilians", "Civilians ({0})", null, true),
        (MentionKind.Protesters, "prot", "protesters", "Protesters ({0})", null, true),
        (MentionKind.Rioters, "riot", "protesters", "Rioters ({0})", null, true),
        (MentionKind.ProGovernmentMilitia, "progov", "political_militia", "Pro-Government Militia ({0})", "Militia (Pro-Government)", false),
        (MentionKind.Militias, "militia", "political_militia", "Militias ({0})", "Unidentified Armed Group ({0})", true),
        (MentionKind.Backed, "backed", "political_militia", "{0}-backed militias", null, false),
        (MentionKind.ArmedGroup, "armed", "political_militia", "Unidentified Armed Group ({0})", null, true),
        (MentionKind.Gangs, "gangs", "political_militia", "Gangs ({0})", "Unidentified Gang ({0})", true),
        (MentionKind.CommunalMilitias, "commil", "identity_militia", "Unidentified Communal Militia ({0})", null, true),
        (MentionKind.Vigilantes, "vigil", "identity_militia", "Vigilante Militia ({0})", null, true),
        (MentionKind.PrivateSecurity, "privsec", "political_militia", "Private Security Forces ({0})", null, true),
        (MentionKind.StateMedia, "statemedia", "media", "State media ({0})", null, false),
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
                var acledCountry = countries.AcledNameOf(code) ?? display;
                var acled = string.Format(r.Acled ?? r.Pattern, acledCountry);
                var own = string.Format(r.Pattern, display);
                yield return new ActorDef(r.Prefix + "-" + code, own, r.Type, code, parent, acled == own ? null : acled);
            }
        foreach (var r in Roles)
            if (r.Countryless)
            {
                var name = r.Pattern.Replace(" ({0})", "", StringComparison.Ordinal);
                var acled = r.Acled?.Replace(" ({0})", "", StringComparison.Ordinal);
                yield return new ActorDef(r.Prefix + "-", name, r.Type, null, null, acled);
            }
    }

    /// <summary>"Kurdish Ethnic Militia (Syria)": made per article, since ethnic groups times countries would be a large table for rare use.</summary>
    public static ActorDef Ethnic(string adjective, string? country, string? countryName) => new(
        "ethnic-" + adjective.ToLowerInvariant() + "-" + country,
        countryName is null ? adjective + " Ethnic Militia" : $"{adjective} Ethnic Militia ({countryName})",
        "identity_militia", country, null);

    /// <summary>"Lashari Communal Militia (Pakistan)": a militia named for a community, clan or village that is not a known ethnic group.</summary>
    public static ActorDef Communal(string community, string? country, string? countryName) => new(
        "communal-" + community.ToLowerInvariant() + "-" + country,
        countryName is null ? community + " Communal Militia" : $"{community} Communal Militia ({countryName})",
        "identity_militia", country, null);

    /// <summary>"Canaan Gang": a gang as ACLED names it, its name and the word Gang.</summary>
    public static ActorDef NamedGang(string name, string? country) =>
        new("gang-" + name.ToLowerInvariant() + "-" + country, name + " Gang", "political_militia", country, null);
}
