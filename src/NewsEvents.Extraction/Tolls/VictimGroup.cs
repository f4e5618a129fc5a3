using System.Collections.Frozen;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>How the counted group reads as text: its words, its extent, and a capitalised modifier that may name a side.</summary>
public static class VictimGroup
{
    /// <summary>The group as written ("militia fighters", "members of one family"), or for a harm head its modifiers ("civilian"), or null.</summary>
    public static string? Text(string text, IReadOnlyList<Token> toks, NounPhrase np) => np.Head switch
    {
        HeadClass.Victim => Surface(text, toks, np.ModStart, GroupEnd(toks, np.End)),
        HeadClass.Harm when np.HeadAt > np.ModStart => Surface(text, toks, np.ModStart, np.HeadAt),
        _ => null,
    };

    // "five members of one family", "relatives of the victims": the group is named by what follows "of"
    private static int GroupEnd(IReadOnlyList<Token> toks, int end)
    {
        if (end + 1 >= toks.Count || toks[end].Norm != "of" || toks[end - 1].Norm is not ("members" or "member" or "relatives" or "families"))
            return end;
        var k = end + 1;
        while (k < toks.Count && k < end + 5 && (toks[k].IsWord || toks[k].IsHyphen) && !GroupStops.Contains(toks[k].Norm)) k++;
        return k > end + 1 ? k : end;
    }

    private static readonly FrozenSet<string> GroupStops = new[]
    {
        "were", "was", "have", "has", "had", "are", "is", "in", "on", "at", "near", "during", "when", "who", "and", "said", "to",
    }.ToFrozenSet();

    public static (string?, TextSpan?) CapitalisedModifier(string text, IReadOnlyList<Token> toks, NounPhrase np)
    {
        if (np.Head != HeadClass.Victim) return (null, null);
        for (var k = np.ModStart; k < np.End - 1; k++)
        {
            if (!toks[k].IsCapitalized(text)) continue;
            var e = k + 1;
            while (e < np.End - 1 && (toks[e].IsCapitalized(text) || toks[e].IsHyphen)) e++;
            var span = new TextSpan(toks[k].Span.Start, toks[e - 1].Span.End);
            return (span.Of(text), span);
        }
        return (null, null);
    }

    public static string Surface(string text, IReadOnlyList<Token> toks, int first, int end) =>
        text[toks[first].Span.Start..toks[end - 1].Span.End];
}
