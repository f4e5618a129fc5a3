using System.Globalization;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>What a trigger phrase says about an event: its ACLED type and sub-type, and how surely the phrase alone means one.</summary>
/// <param name="Type">An ACLED event type, or <see cref="EventTrigger.Attack"/> for armed violence typed by who is hit.</param>
/// <param name="Harm">A verb of harm to people ("killed", "beaten"): an event only beside a victim, a doer or a toll.</param>
/// <param name="TollWord">A word that only names a toll ("dead", "fatalities"): it opens an event only when none was told just before.</param>
/// <param name="Ordered">An evacuation that is an event only when ordered or forced ("ordered residents to leave").</param>
/// <param name="Custody">Violence done to someone held or overpowered ("executed", "beaten", "tortured"): a captive does not fight back.</param>
/// <param name="Heading">The label an ACLED-style note opens with ("Looting:", "Weapons seizure:"), naming the development it tells.</param>
public sealed record EventTrigger(string Type, string SubType, double Weight, bool Harm = false, bool TollWord = false, bool Ordered = false, bool Custody = false,
    bool Heading = false)
{
    /// <summary>The pseudo-type of armed violence whose ACLED type (a battle, violence against civilians, mob violence) follows from its sides.</summary>
    public const string Attack = "Attack";
}

/// <summary>The trigger lexicon (Resources/events/triggers.tsv), loaded once.</summary>
public sealed class EventTriggers
{
    public TokenTrie<EventTrigger> Index { get; }

    public EventTriggers(IEnumerable<string> tsvLines)
    {
        Index = TokenTrie<EventTrigger>.Of(Parse(tsvLines));
    }

    public static EventTriggers LoadDefault() => new(ResourceFiles.ReadLines("events/triggers.tsv"));

    private static IEnumerable<(string, EventTrigger)> Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4) throw new FormatException($"Trigger line needs 4 tab-separated fields: '{line}'");
            var flags = f.Length > 4 ? f[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            if (flags.FirstOrDefault(x => x is not ("harm" or "toll" or "order" or "custody")) is { } unknown) throw new FormatException($"Unknown trigger flag '{unknown}': '{line}'");
            yield return (f[0], new EventTrigger(f[1], f[2], double.Parse(f[3], CultureInfo.InvariantCulture), flags.Contains("harm") || flags.Contains("toll"),
                flags.Contains("toll"), flags.Contains("order"), flags.Contains("custody")));
        }
    }
}
