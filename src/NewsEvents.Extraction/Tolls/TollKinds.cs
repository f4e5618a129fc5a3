namespace NewsEvents.Extraction.Tolls;

/// <summary>The toll kinds and how coordinated harms combine.</summary>
public static class TollKinds
{
    public const string Killed = "killed";
    public const string Injured = "injured";
    public const string KilledOrInjured = "killed_or_injured";

    /// <summary>
    /// "Killing and wounding hundreds", "dead and wounded": the figure covers both harms and cannot be split,
    /// so it is killed_or_injured (never a killed count). Other pairs keep the first harm named.
    /// </summary>
    public static string Combine(string first, string second) =>
        first == second ? first
        : (first, second) is (Killed, Injured) or (Injured, Killed) or (KilledOrInjured, _) or (_, KilledOrInjured) ? KilledOrInjured
        : first;
}
