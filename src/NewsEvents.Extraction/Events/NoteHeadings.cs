using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// The headings ACLED-style notes open with (Resources/events/headings.tsv): "Looting: On 10 July, mercenaries searched and
/// ransacked a house", "Weapons seizure: ...". The label names the strategic development the note tells, which the words that
/// tell it ("attacked", "bomb", "mob") would read as violence.
/// </summary>
internal sealed class NoteHeadings
{
    private readonly TokenTrie<EventTrigger> _labels;

    private NoteHeadings(IEnumerable<(string, EventTrigger)> labels) => _labels = TokenTrie<EventTrigger>.Of(labels);

    public static NoteHeadings LoadDefault() => new(Parse(ResourceFiles.ReadLines("events/headings.tsv")));

    private static IEnumerable<(string, EventTrigger)> Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 3) throw new FormatException($"headings.tsv: expected label, type and sub-type in '{line}'.");
            yield return (f[0].Trim(), new EventTrigger(f[1].Trim(), f[2].Trim(), 1.0, Heading: true));
        }
    }

    /// <summary>The heading that opens the text's first sentence, a label followed by a colon, if any.</summary>
    public PhraseMatch<EventTrigger>? Of(Sentence sentence)
    {
        if (sentence.Index != 0 || !_labels.TryMatchAt(sentence, 0, out var m)) return null;
        return m.Last + 1 < sentence.Tokens.Count && sentence.Tokens[m.Last + 1].Norm == ":" ? m : null;
    }
}
