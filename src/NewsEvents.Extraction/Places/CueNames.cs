using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>Where the names of a cue layout begin and end: the head before a bracket, the items inside it, distances.</summary>
internal sealed class CueNames(PlaceWords words, NameRuns runs, string text, IReadOnlyDictionary<string, string> demonyms)
{
    private const int MaxBracketTokens = 40, MaxItems = 5;

    /// <summary>The name ending right before token <paramref name="k"/> (over an area word: "Aigbovala 2 village"); Tail when that word was there.</summary>
    public (int Start, int End, bool Tail)? NameBefore(IReadOnlyList<Token> toks, int k)
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
    public int NameStart(IReadOnlyList<Token> toks, int end, bool whole = false)
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
    public List<(int Start, int End, bool Tail)>? AdminList(IReadOnlyList<Token> toks, int from, int to)
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
    public bool PlaceLike(IReadOnlyList<Token> toks, int start, int end)
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

    public static int Close(IReadOnlyList<Token> toks, int open)
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
    public static bool Distance(IReadOnlyList<Token> toks, int from, int to)
    {
        var k = from;
        if (k < to && toks[k].Norm is "about" or "some" or "around" or "approximately") k++;
        if (k >= to) return false;
        if (toks[k].IsNumber) return k + 1 < to && IsUnit(toks[k + 1].Norm);
        return toks[k].IsWord && toks[k].Norm.Length > 0 && char.IsDigit(toks[k].Norm[0]) && IsUnit(toks[k].Norm.TrimStart("0123456789.".ToCharArray()));
    }

    private static bool IsUnit(string w) => w is "km" or "kms" or "kilometres" or "kilometers" or "kilometre" or "kilometer" or "miles" or "mile";

    private bool IsAreaWord(in Token t) => t.IsWord && (words.Areas.Contains(t.Norm) || words.Regions.Contains(t.Norm));

    public bool IsRegionWord(in Token t) => t.IsWord && (words.Regions.Contains(t.Norm) || words.PluralRegions.Contains(t.Norm));
}
