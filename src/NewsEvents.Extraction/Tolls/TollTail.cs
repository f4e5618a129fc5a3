using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// What follows a toll in its sentence: sub-groups ("including five children and two women"), the side
/// ("on both sides") and a composition note ("mostly fighters").
/// </summary>
/// <remarks>
/// A note keeps the counted group and records the composition beside it: "90 people, mostly fighters" gives
/// victims "people (mostly fighters)", so the count is never re-labelled from a "mostly" that does not cover all of it.
/// </remarks>
public sealed record TollTail(IReadOnlyList<TollPart> Includes, string? Side, string? Note, int End)
{
    private const int Reach = 10;

    public static TollTail Read(string text, IReadOnlyList<Token> toks, int pos, TollLexicon lex)
    {
        var end = pos;
        string? side = null, note = null;
        var includes = new List<TollPart>();
        if (SideAt(toks, end) is { } s) { side = "both sides"; end = s; }

        if (end + 2 < toks.Count && toks[end].Norm == "," && toks[end + 1].Norm is "mostly" or "mainly" or "largely" or "predominantly")
        {
            var np = NounPhrase.Parse(text, toks, end + 2, lex);
            if (np.Head == HeadClass.Victim)
            {
                note = $"{toks[end + 1].Norm} {NounPhraseText(text, toks, np)}";
                end = np.End;
            }
        }

        for (var k = end; k < toks.Count && k < end + Reach; k++)
        {
            var norm = toks[k].Norm;
            var first = norm == "including" ? k + 1
                : norm == "among" && k + 1 < toks.Count && toks[k + 1].Norm is "them" or "whom" or "those" ? k + 2 : -1;
            if (first >= 0)
            {
                var partsEnd = ReadParts(text, toks, first, lex, includes);
                if (includes.Count > 0) end = partsEnd;
                break;
            }
            if (norm == "," && ShareOfThem(text, toks, k + 1, lex) is { } share)
            {
                includes.Add(share.Part);
                end = share.End;
                break;
            }
            if (toks[k].IsNumber || toks[k].Kind == TokenKind.Quote || NumberParser.Parse(toks, k) is not null) break;
        }
        if (side is null && SideAt(toks, end) is { } s2) { side = "both sides"; end = s2; }
        return new TollTail(includes, side, note, end);
    }

    // "24 of them policemen"
    private static (TollPart Part, int End)? ShareOfThem(string text, IReadOnlyList<Token> toks, int k, TollLexicon lex)
    {
        if (NumberParser.Parse(toks, k) is not { } q || q.End + 1 >= toks.Count || toks[q.End].Norm != "of"
            || toks[q.End + 1].Norm is not ("them" or "whom")) return null;
        var at = q.End + 2;
        if (at < toks.Count && toks[at].Norm is "were" or "was" or "are" or "being") at++; // "12 of whom were children"
        var np = NounPhrase.Parse(text, toks, at, lex);
        if (np.Head != HeadClass.Victim) return null;
        var span = new TextSpan(toks[q.First].Span.Start, toks[np.End - 1].Span.End);
        return (new TollPart(q.Min, q.Max, q.Best, q.Qualifier, NounPhraseText(text, toks, np), span), np.End);
    }

    private static int ReadParts(string text, IReadOnlyList<Token> toks, int k, TollLexicon lex, List<TollPart> parts)
    {
        var end = k;
        var single = true; // "a child" counts one after "including" or "and", but ", a UN official said" is an apposition
        while (k < toks.Count && (NumberParser.Parse(toks, k) ?? (single ? One(toks, k) : null)) is { } q)
        {
            var np = NounPhrase.Parse(text, toks, q.End, lex);
            if (np.Head != HeadClass.Victim) break;
            var span = new TextSpan(toks[q.First].Span.Start, toks[np.End - 1].Span.End);
            parts.Add(new TollPart(q.Min, q.Max, q.Best, q.Qualifier, NounPhraseText(text, toks, np), span));
            end = k = np.End;
            single = false;
            if (k < toks.Count && toks[k].Norm == ",") k++;
            if (k < toks.Count && toks[k].Norm == "and") { k++; single = true; }
        }
        return end;
    }

    // "including a child": a singular group member counts one
    private static Quantity? One(IReadOnlyList<Token> toks, int k) =>
        toks[k].Norm is "a" or "an" ? new Quantity(1, 1, 1, null, null, k, k + 1, k, toks[k].Span) : null;

    private static string NounPhraseText(string text, IReadOnlyList<Token> toks, NounPhrase np) =>
        VictimGroup.Surface(text, toks, np.ModStart, np.End);

    // "on both sides", "on either side", "from both sides": returns the index after the phrase
    private static int? SideAt(IReadOnlyList<Token> toks, int k) =>
        k + 2 < toks.Count && toks[k].Norm is "on" or "from" && toks[k + 1].Norm is "both" or "either" or "each" or "all"
            && toks[k + 2].Norm is "sides" or "side" ? k + 3 : null;
}
