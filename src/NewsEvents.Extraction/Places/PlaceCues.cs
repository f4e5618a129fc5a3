using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// Layouts that make a name a place and name its parents, whatever the gazetteer holds: "in X (A, B, C)" (X inside A,
/// inside B...), "(coded as X)", "X, Region", "the X district of Y", "X of Y district", "X, 40 km north of Y". The
/// names are re-cut to what the layout says (the whole "Zarbago Tenkiro" before the bracket, not a known half of it).
/// </summary>
internal sealed class PlaceCues(PlaceWords words, NameRuns runs, string text, Gazetteer gazetteer)
{
    private readonly CueNames _names = new(words, runs, text, gazetteer.Demonyms);
    private List<Mention> _mentions = [];
    // each sentence's mentions, in the order of _mentions, so that claiming a span looks only at its own sentence (a scan
    // of the whole article per cue grew with the square of a long one); removed ones leave _mentions once, at the end
    private Dictionary<int, List<Mention>> _bySentence = [];
    private readonly HashSet<Mention> _removed = new(ReferenceEqualityComparer.Instance);

    public List<Mention> Mark(IReadOnlyList<Sentence> sentences, List<Mention> mentions)
    {
        _mentions = mentions;
        _bySentence = mentions.GroupBy(m => m.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        _removed.Clear();
        foreach (var s in sentences)
        {
            var toks = s.Tokens;
            for (var k = 0; k < toks.Count; k++)
            {
                var n = toks[k].Norm;
                if (n is "(" or "[") Bracket(s.Index, toks, k);
                else if (n == "coded" && k + 2 < toks.Count && toks[k + 1].Norm is "as" or "to" && runs.NameWord(toks, k + 2))
                    Set(Claim(s.Index, toks, k + 2, runs.RunEnd(toks, k + 2)), PlaceCue.CodedAs, null);
                else if (n == "," && k > 0) Comma(s.Index, toks, k);
                else if (n == "of" && k > 0) Of(s.Index, toks, k);
            }
        }
        if (_removed.Count > 0) _mentions.RemoveAll(_removed.Contains);
        _mentions.Sort((a, b) => a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence) : a.Start.CompareTo(b.Start));
        return _mentions;
    }

    private void Bracket(int sentence, IReadOnlyList<Token> toks, int open)
    {
        var close = CueNames.Close(toks, open);
        if (close < 0) return;
        var head = _names.NameBefore(toks, open);
        if (head is null || !_names.PlaceLike(toks, head.Value.Start, head.Value.End)) return;
        if (CueNames.Distance(toks, open + 1, close))
        {
            // "Qorandi Village (35 km SW of Baidoa)": a place measured from another
            Set(Claim(sentence, toks, head.Value.Start, head.Value.End), PlaceCue.Distance, null);
            return;
        }
        if (_names.AdminList(toks, open + 1, close) is not { } items) return;
        // a lower-case word before the head ("in", "of", "attack on") says the sentence runs on: no dateline
        var cued = head.Value.Start >= 1 && toks[head.Value.Start - 1].IsWord && !toks[head.Value.Start - 1].IsCapitalized(text) || head.Value.Tail;
        // "KHARTOUM (Reuters)": one unknown word in brackets is a source, not a region, unless the head is cued
        if (items.Count == 1 && !cued && !items[0].Tail && toks[open].Norm == "(") return;
        var parents = new List<Mention>();
        foreach (var (start, end, _) in items) parents.Add(Claim(sentence, toks, start, end));
        for (var i = 0; i < parents.Count; i++) Set(parents[i], PlaceCue.AdminParent, parents[(i + 1)..]);
        var first = head.Value.Start;
        Set(Claim(sentence, toks, first, head.Value.End), PlaceCue.Parenthetical, parents);
        // "between Kowarba and Dalmayel (A, B)", "in X, Y and Z (A, B)": the list shares the brackets
        for (var guard = 0; guard < 4 && first >= 2 && toks[first - 1].Norm is "and" or "," or "or"; guard++)
        {
            if (_names.NameBefore(toks, first - 1) is not { } prev) break;
            Set(Claim(sentence, toks, prev.Start, prev.End), PlaceCue.Parenthetical, parents);
            first = prev.Start;
        }
    }

    /// <summary>"X, Region" where the region closes the clause: X lies in it (if it proves a region when resolved).</summary>
    private void Comma(int sentence, IReadOnlyList<Token> toks, int comma)
    {
        if (CueNames.Distance(toks, comma + 1, toks.Count))
        {
            // "X, 40 km north of Y"
            if (_names.NameBefore(toks, comma) is { } measured && _names.PlaceLike(toks, measured.Start, measured.End))
                Set(Claim(sentence, toks, measured.Start, measured.End), PlaceCue.Distance, null);
            return;
        }
        if (comma + 1 >= toks.Count || !runs.NameWord(toks, comma + 1)) return;
        var rEnd = runs.RunEnd(toks, comma + 1);
        if (rEnd < toks.Count && !(toks[rEnd].Kind == TokenKind.Punct && !toks[rEnd].IsHyphen) && !_names.IsRegionWord(toks[rEnd])) return;
        if (_names.NameBefore(toks, comma) is not { } x || x.Tail || !_names.PlaceLike(toks, x.Start, x.End) || !_names.PlaceLike(toks, comma + 1, rEnd)) return;
        var region = Claim(sentence, toks, comma + 1, rEnd);
        Set(Claim(sentence, toks, x.Start, x.End), PlaceCue.RegionComma, [region]);
        // "clashed with police in X, Y." ending the sentence: Y is the unit X lies in, as a note writes it, even when
        // the gazetteer lacks it or holds it only as a small town (a known region or city resolves as it did)
        if (region.Cue == PlaceCue.None && !Prominent(region) && x.Start >= 1 && toks[x.Start - 1].IsWord && !toks[x.Start - 1].IsCapitalized(text)
            && words.Prepositions.Contains(toks[x.Start - 1].Norm) && SentenceEnds(toks, rEnd))
            region.Cue = PlaceCue.AdminParent;
    }

    /// <summary>"the X district of Y", "X of Y district", "PD12 of Herat city": Y is X's parent.</summary>
    private void Of(int sentence, IReadOnlyList<Token> toks, int of)
    {
        if (of + 1 >= toks.Count || !runs.NameWord(toks, of + 1)) return;
        var yEnd = runs.RunEnd(toks, of + 1);
        var x = _names.NameBefore(toks, of);
        if (x is null) return;
        var yIsUnit = yEnd < toks.Count && (_names.IsRegionWord(toks[yEnd]) || toks[yEnd].Norm is "city" or "town");
        if (!x.Value.Tail && !yIsUnit) return;
        var y = Claim(sentence, toks, of + 1, yEnd);
        Set(Claim(sentence, toks, x.Value.Start, x.Value.End), PlaceCue.OfParent, [y]);
    }

    private bool Prominent(Mention m) => m.Ids is not null && Array.Exists(m.Ids, id => gazetteer.Entries[id].IsProminent);

    private static bool SentenceEnds(IReadOnlyList<Token> toks, int k) => k >= toks.Count || toks[k].Norm is "." or "!" || k + 1 == toks.Count;

    private static void Set(Mention m, PlaceCue cue, List<Mention>? parents)
    {
        // a bracket says more than a comma: the first, stronger layout keeps the mention
        if (m.Cue is PlaceCue.Parenthetical or PlaceCue.AdminParent && cue is not (PlaceCue.Parenthetical or PlaceCue.AdminParent)) return;
        m.Cue = cue;
        if (parents is { Count: > 0 }) m.Parents = parents;
    }

    /// <summary>The mention covering exactly tokens [start, end): an existing one, or a new one replacing the pieces there.</summary>
    private Mention Claim(int sentence, IReadOnlyList<Token> toks, int start, int end)
    {
        if (!_bySentence.TryGetValue(sentence, out var here)) _bySentence[sentence] = here = [];
        var overlapping = here.FindAll(m => m.Start < end && m.End > start);
        if (overlapping is [var same] && same.Start == start && same.End == end) return same;
        // a longer gazetteer name around the span stands: "Dar es Salaam, Tanzania" is not "Salaam"
        if (overlapping.Find(m => m.Ids is not null && m.Start <= start && m.End >= end) is { } longer) return longer;
        foreach (var o in overlapping)
        {
            here.Remove(o);
            _removed.Add(o);
        }
        var whole = runs.Whole(sentence, toks, start, end);
        here.Add(whole);
        _mentions.Add(whole);
        return whole;
    }
}
