using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>The word lists the events stage reads besides its triggers: parties (who is who) and causes of harm that are not conflict.</summary>
internal sealed record EventWords(PartyWords Parties, TokenTrie<bool> NotConflict)
{
    public static EventWords LoadDefault() => new(
        PartyWords.LoadDefault(),
        TokenTrie<bool>.Of(ResourceFiles.ReadLines("events/non-conflict.txt").Where(l => l.Length > 0 && l[0] != '#').Select(l => (l.Trim(), true))));
}
