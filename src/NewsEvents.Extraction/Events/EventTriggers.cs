using System.Globalization;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>What a trigger phrase says about an event: its ACLED type and sub-type, and how surely the phrase alone means one.</summary>
public sealed record EventTrigger(string Type, string SubType, double Weight);

/// <summary>The trigger lexicon (Resources/events/triggers.tsv), loaded once.</summary>
public sealed class EventTriggers
{
    public PhraseIndex<EventTrigger> Index { get; }

    public EventTriggers(IEnumerable<string> tsvLines)
    {
        Index = new PhraseIndex<EventTrigger>(Parse(tsvLines));
    }

    public static EventTriggers LoadDefault() => new(ResourceFiles.ReadLines("events/triggers.tsv"));

    private static IEnumerable<(string, EventTrigger)> Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4) throw new FormatException($"Trigger line needs 4 tab-separated fields: '{line}'");
            yield return (f[0], new EventTrigger(f[1], f[2], double.Parse(f[3], CultureInfo.InvariantCulture)));
        }
    }
}
