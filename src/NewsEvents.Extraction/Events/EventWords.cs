using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>The word lists the events stage reads besides its triggers: parties (who is who), causes of harm that are not conflict, and the headings of notes.</summary>
internal sealed record EventWords(PartyWords Parties, TokenTrie<bool> NotConflict, NoteHeadings Headings)
{
    public static EventWords LoadDefault() => new(
        PartyWords.LoadDefault(),
        TokenTrie<bool>.Of(ResourceFiles.ReadLines("events/non-conflict.txt").Where(l => l.Length > 0 && l[0] != '#').Select(l => (l.Trim(), true))),
        NoteHeadings.LoadDefault());
}
