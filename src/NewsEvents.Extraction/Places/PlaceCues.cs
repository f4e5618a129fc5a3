using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// Layouts that make a name a place and name its parents, whatever the gazetteer holds: "in X (A, B, C)" (X inside A,
/// inside B...), "(coded as X)", "X, Region", "the X district of Y", "X of Y district", "X, 40 km north of Y". The
/// names are re-cut to what the layout says (the whole "Zarbago Tenkiro" before the bracket, not a known half of it).
/// </summary>
internal sealed class PlaceCues(PlaceWords words, NameRuns runs, string text, IReadOnlyDictionary<string, string> demonyms)
{
    private const int MaxBracketTokens = 40, MaxItems = 5;
    private List<Mention> _mentions = [];

    public List<Mention> Mark(IReadOnlyList<Sentence> sentences, List<Mention> mentions)
    {
        _mentions = mentions;
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
        _mentions.Sort((a, b) => a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence) : a.Start.CompareTo(b.Start));
        return _mentions;
    }

    private void Bracket(int sentence, IReadOnlyList<Token> toks, int open)
    {
        var close = Close(toks, open);
        if (close < 0) return;
        var head = NameBefore(toks, open);
        if (head is null || !PlaceLike(toks, head.Value.Start, head.Value.End)) return;
        if (Distance(toks, open + 1, close))
        {
            // "Qorandi Village (35 km SW of Baidoa)": a place measured from another
            Set(Claim(sentence, toks, head.Value.Start, head.Value.End), PlaceCue.Distance, null);
            return;
        }
        if (AdminList(toks, open + 1, close) is not { } items) return;
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
            if (NameBefore(toks, first - 1) is not { } prev) break;
            Set(Claim(sentence, toks, prev.Start, prev.End), PlaceCue.Parenthetical, parents);
            first = prev.Start;
        }
    }

    /// <summary>"X, Region" where the region closes the clause: X lies in it (if it proves a region when resolved).</summary>
    private void Comma(int sentence, IReadOnlyList<Token> toks, int comma)
    {
        if (Distance(toks, comma + 1, toks.Count))
        {
            // "X, 40 km north of Y"
            if (NameBefore(toks, comma) is { } measured && PlaceLike(toks, measured.Start, measured.End))
                Set(Claim(sentence, toks, measured.Start, measured.End), PlaceCue.Distance, null);
            return;
        }
        if (comma + 1 >= toks.Count || !runs.NameWord(toks, comma + 1)) return;
        var rEnd = runs.RunEnd(toks, comma + 1);
        if (rEnd < toks.Count && !(toks[rEnd].Kind == TokenKind.Punct && !toks[rEnd].IsHyphen) && !IsRegionWord(toks[rEnd])) return;
        if (NameBefore(toks, comma) is not { } x || x.Tail || !PlaceLike(toks, x.Start, x.End) || !PlaceLike(toks, comma + 1, rEnd)) return;
        var region = Claim(sentence, toks, comma + 1, rEnd);
        Set(Claim(sentence, toks, x.Start, x.End), PlaceCue.RegionComma, [region]);
    }

    /// <summary>"the X district of Y", "X of Y district", "PD12 of Herat city": Y is X's parent.</summary>
    private void Of(int sentence, IReadOnlyList<Token> toks, int of)
    {
        if (of + 1 >= toks.Count || !runs.NameWord(toks, of + 1)) return;
        var yEnd = runs.RunEnd(toks, of + 1);
        var x = NameBefore(toks, of);
        if (x is null) return;
        var yIsUnit = yEnd < toks.Count && (IsRegionWord(toks[yEnd]) || toks[yEnd].Norm is "city" or "town");
        if (!x.Value.Tail && !yIsUnit) return;
        var y = Claim(sentence, toks, of + 1, yEnd);
        Set(Claim(sentence, toks, x.Value.Start, x.Value.End), PlaceCue.OfParent, [y]);
    }

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
        var overlapping = _mentions.FindAll(m => m.Sentence == sentence && m.Start < end && m.End > start);
        if (overlapping is [var same] && same.Start == start && same.End == end) return same;
        // a longer gazetteer name around the span stands: "Dar es Salaam, Tanzania" is not "Salaam"
        if (overlapping.Find(m => m.Ids is not null && m.Start <= start && m.End >= end) is { } longer) return longer;
        foreach (var o in overlapping) _mentions.Remove(o);
        var whole = runs.Whole(sentence, toks, start, end);
        _mentions.Add(whole);
        return whole;
    }

    /// <summary>The name ending right before token <paramref name="k"/> (over an area word: "Aigbovala 2 village"); Tail when that word was there.</summary>
    private (int Start, int End, bool Tail)? NameBefore(IReadOnlyList<Token> toks, int k)
    {
        var end = k;
        if (end >= 1 && toks[end - 1].Norm == "]")
        {
            // "Zorko Paana [Zorko II] (A, B)": the bracketed alias, then the name before it
            var b = end - 2;
            while (b >= 0 && toks[b].Norm != "[") b--;
            if (b < 1) return null;
            end = b;
        }
        var tail = false;
        for (var n = 3; n >= 2 && !tail; n--)
            if (end >= n + 1 && PlaceTokens.LocalGovernment(toks, end - n) == n) { end -= n; tail = true; }
        // "Zarvanga sub-prefecture", "Zorgbo Sub-county"
        if (!tail && end >= 4 && IsAreaWord(toks[end - 1]) && toks[end - 2].IsHyphen && toks[end - 3].Norm == "sub" && runs.NameWord(toks, end - 4))
            (end, tail) = (end - 3, true);
        else if (!tail && end >= 2 && IsAreaWord(toks[end - 1]) && (runs.NameWord(toks, end - 2) || toks[end - 2].IsNumber))
            (end, tail) = (end - 1, true);
        var start = NameStart(toks, end);
        return start < end ? (start, end, tail) : null;
    }

    /// <param name="whole">Keep a leading demonym (a bracket's unit is written whole); else "Nigerian Borno state" loses it.</param>
    private int NameStart(IReadOnlyList<Token> toks, int end, bool whole = false)
    {
        var k = end - 1;
        // "Zorkot 14", "Aigbovala 2": a number closing a name
        if (k >= 1 && toks[k].IsNumber && runs.NameWord(toks, k - 1)) k--;
        if (k < 0 || !runs.NameWord(toks, k)) return end;
        while (k >= 1)
        {
            if (runs.NameWord(toks, k - 1)) { k--; continue; }
            var glued = (toks[k - 1].IsHyphen || toks[k - 1].Norm == "/") && toks[k - 1].Span.End == toks[k].Span.Start
                        && k >= 2 && toks[k - 2].Span.End == toks[k - 1].Span.Start;
            var particle = runs.IsParticle(toks[k - 1]);
            if ((glued || particle) && k >= 2 && runs.NameWord(toks, k - 2)) { k -= 2; continue; }
            break;
        }
        // "In Tilwaga (A, B)" at the start of a sentence: the capitalised function word is not part of the name; nor is the
        // people's adjective of "Nigerian Borno state"
        var initial = PlaceTokens.IsSentenceInitial(toks, k);
        while (k < end - 1 && toks[k].IsWord
               && (initial && words.Stop.Contains(toks[k].Norm) && !words.Prefixes.Contains(toks[k].Norm) || !whole && demonyms.ContainsKey(toks[k].Norm)))
            k++;
        return k < end && runs.NameWord(toks, k) ? k : end;
    }

    /// <summary>"A, B, C" of capitalised names (an area word may close each): the brackets of an ACLED-style location.</summary>
    private List<(int Start, int End, bool Tail)>? AdminList(IReadOnlyList<Token> toks, int from, int to)
    {
        var items = new List<(int, int, bool)>();
        var s = from;
        for (var k = from; k <= to; k++)
        {
            if (k < to && toks[k].Norm != ",") continue;
            var start = s;
            // "(Near Zorvani, Zarka Zone, Oromia)"
            if (start < k && toks[start].Norm is "near" or "in") start++;
            var end = k;
            var tail = false;
            if (end - start >= 2 && IsAreaWord(toks[end - 1])) { end--; tail = true; }
            if (end <= start || runs.RunEnd(toks, start) != end || NameStart(toks, end, whole: true) != start || !PlaceLike(toks, start, end)) return null;
            items.Add((start, end, tail));
            if (items.Count > MaxItems) return null;
            s = k + 1;
        }
        return items.Count > 0 ? items : null;
    }

    // "(JNIM)", "(AFP)", "(Amnesty International)": acronyms and institutions are not regions
    private bool PlaceLike(IReadOnlyList<Token> toks, int start, int end)
    {
        if (end - start == 1 && IsAcronym(toks[start])) return false;
        for (var k = start; k < end; k++)
            if (toks[k].IsWord && (words.Organisations.Contains(toks[k].Norm) || words.NotPlaces.Contains(toks[k].Norm))) return false;
        return true;
    }

    private bool IsAcronym(in Token t)
    {
        var s = t.Span.SliceOf(text);
        if (s.Length < 2) return false;
        var upper = 0;
        foreach (var c in s) if (char.IsUpper(c)) upper++;
        return upper >= 2 && upper * 2 >= s.Length;
    }

    private static int Close(IReadOnlyList<Token> toks, int open)
    {
        var want = toks[open].Norm == "(" ? ")" : "]";
        for (var k = open + 1; k < toks.Count && k <= open + MaxBracketTokens; k++)
        {
            if (toks[k].Norm == want) return k;
            if (toks[k].Norm is "(" or "[") return -1;
        }
        return -1;
    }

    /// <summary>"28 km NE of", "50km SW of", "15 kilometres from": a distance opens the brackets.</summary>
    private static bool Distance(IReadOnlyList<Token> toks, int from, int to)
    {
        var k = from;
        if (k < to && toks[k].Norm is "about" or "some" or "around" or "approximately") k++;
        if (k >= to) return false;
        if (toks[k].IsNumber) return k + 1 < to && IsUnit(toks[k + 1].Norm);
        return toks[k].IsWord && toks[k].Norm.Length > 0 && char.IsDigit(toks[k].Norm[0]) && IsUnit(toks[k].Norm.TrimStart("0123456789.".ToCharArray()));
    }

    private static bool IsUnit(string w) => w is "km" or "kms" or "kilometres" or "kilometers" or "kilometre" or "kilometer" or "miles" or "mile";

    private bool IsAreaWord(in Token t) => t.IsWord && (words.Areas.Contains(t.Norm) || words.Regions.Contains(t.Norm));

    private bool IsRegionWord(in Token t) => t.IsWord && (words.Regions.Contains(t.Norm) || words.PluralRegions.Contains(t.Norm));
}
