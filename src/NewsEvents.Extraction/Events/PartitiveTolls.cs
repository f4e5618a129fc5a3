using NewsEvents.Extraction.Text;
using NewsEvents.Extraction.Tolls;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Figures that pick from dead already counted ("one of those killed was a policeman", "six of them were killed on the
/// spot", "40 of the dead were children"): a part of a whole another report gives, never a lower report of that whole.
/// </summary>
internal static class PartitiveTolls
{
    // What the figure picks from: the dead told of before, by a pronoun or a word for the dead
    private static readonly HashSet<string> Antecedents = ["those", "them", "these", "dead", "victims", "deceased", "fatalities", "killed", "casualties", "bodies"];

    public static bool Of(TollResult toll, AnalyzedText text)
    {
        var toks = text.SentenceAt(toll.Span.Start).Tokens;
        for (var k = 0; k < toks.Count; k++)
        {
            if (!toll.Span.Contains(toks[k].Span) || NumberParser.Parse(toks, k) is not { } q || (q.Best ?? q.Min) != (toll.Best ?? toll.Min)) continue;
            // "one of those killed", "six of the victims", "three of them": the figure, "of", then what it picks from
            var of = q.End;
            if (of + 1 >= toks.Count || toks[of].Norm != "of") return false;
            var next = toks[of + 1].Norm == "the" && of + 2 < toks.Count ? toks[of + 2].Norm : toks[of + 1].Norm;
            return Antecedents.Contains(next);
        }
        return false;
    }
}
