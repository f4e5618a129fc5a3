namespace NewsEvents.Api.Events.Acled;

/// <summary>An actor as ACLED writes it: its name and its inter code.</summary>
public sealed record AcledActor(string Name, int Inter);

/// <summary>
/// The one place where a stored actor (name, type, country) becomes ACLED's naming and inter code, so that better
/// actor naming in the engine shows up here without touching the export.
/// Inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters,
/// 7 civilians, 8 external/other forces.
/// </summary>
public static class AcledActors
{
    public static AcledActor Map(string name, string type, string? country)
    {
        var countryName = AcledCountries.Find(country)?.Name;
        return type switch
        {
            // ACLED names a state's forces "Military Forces of X" / "Police Forces of X" (it adds the regime's years, which we do not know).
            "state_forces" or "government" when countryName is not null => new(StateForces(name, countryName), 1),
            "state_forces" or "government" => new(name, 1),
            "rebel_group" => new(name, 2),
            "political_militia" or "political_party" => new(name, 3),
            "identity_militia" => new(name, 4),
            "rioters" => new(Group("Rioters", name, countryName), 5),
            "protesters" => new(Group("Protesters", name, countryName), 6),
            "civilians" => new(Group("Civilians", name, countryName), 7),
            // A state's forces acting abroad are external forces to ACLED; so are international and other actors.
            "external_force" when countryName is not null => new(StateForces(name, countryName), 8),
            _ => new(name, 8),
        };
    }

    /// <summary>ACLED's interaction code: the two inter codes, lower first ("17"); with one actor, its code and 0 ("10").</summary>
    public static string Interaction(int? inter1, int? inter2) => (inter1, inter2) switch
    {
        (int a, int b) => $"{Math.Min(a, b)}{Math.Max(a, b)}",
        (int a, null) => $"{a}0",
        (null, int b) => $"{b}0",
        _ => "",
    };

    private static string StateForces(string name, string country) =>
        name.Contains("police", StringComparison.OrdinalIgnoreCase) ? $"Police Forces of {country}" : $"Military Forces of {country}";

    // "Civilians (Sudan)": ACLED's group names carry the country; a name that already does is kept.
    private static string Group(string group, string name, string? country) =>
        name.Contains('(') || country is null ? name : $"{group} ({country})";
}
