using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// Whether a name the gazetteer lacks can be a place at all (no institution, people, language, company or lone unit
/// word), and whether a locative preposition before it makes it one ("in X", "near X", "between X and Y").
/// </summary>
internal sealed class NameShapes(Gazetteer gazetteer, PlaceWords words, PlaceContext context)
{
    // a cue says "place", but never for a word no place is named ("in Parliament", "from Facebook") or an acronym ("JNIM")
    public bool PlaceShaped(Mention m)
    {
        var toks = context.Tokens(m);
        for (var k = m.Start; k < m.End; k++)
        {
            if (!toks[k].IsWord) continue;
            var w = toks[k].Norm;
            // "the North Indian state", "DigitalGlobe": an adjective of a people, a company's camel case
            if (words.NotPlaces.Contains(w) || words.Organisations.Contains(w) || (gazetteer.Demonyms.ContainsKey(w) || w.EndsWith('s') && gazetteer.Demonyms.ContainsKey(w[..^1])) || CamelCase(toks[k])) return false;
        }
        if (m.End - m.Start > 1) return true;
        // "in Precinct 5", "the District": a unit word alone names no place
        var only = toks[m.Start].Norm;
        return !IsAcronym(toks[m.Start]) && !words.Areas.Contains(only) && !words.Regions.Contains(only) && !words.PlaceNouns.Contains(only);
    }

    private bool CamelCase(in Token t)
    {
        var s = t.Span.SliceOf(context.Text);
        for (var i = 1; i < s.Length; i++)
            if (char.IsUpper(s[i]) && char.IsLower(s[i - 1]) && !(i == 2 && s[0] == 'M' && s[1] == 'c')) return true;
        return false;
    }

    private bool IsAcronym(in Token t)
    {
        var s = t.Span.SliceOf(context.Text);
        var upper = 0;
        foreach (var c in s) if (char.IsUpper(c)) upper++;
        return s.Length >= 2 && upper >= 2 && upper * 2 >= s.Length;
    }

    private static readonly HashSet<string> CleanFollowers =
        ["and", "or", "on", "in", "at", "near", "to", "from", "after", "before", "when", "where", "while", "during", "since", "with", "by",
         "as", "but", "between", "over", "into", "of", "until", "amid", "following", "late", "early", "last", "this", "that", "which",
         "against", "yesterday", "today", "overnight", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"];

    /// <summary>
    /// "in X", "near X", "from X", "between X and Y", "15 km south of X" with X a name the gazetteer lacks: a place when
    /// nothing says otherwise: not opening the sentence, not part of a longer name, not a person, an acronym or an
    /// institution, and not an adjective before a noun ("from Fulani herders").
    /// </summary>
    public bool LocativeName(Mention m)
    {
        if (context.SentenceInitial(m) || context.InsideLongerName(m) || !PlaceShaped(m)) return false;
        if (!context.PrepositionBefore(m) && !BetweenAnd(m)) return false;
        var toks = context.Tokens(m);
        if (m.End >= toks.Count) return true;
        var next = toks[m.End];
        if (next.IsHyphen) return false;                          // "Fulani-dominated", "Iran-backed"
        if (next.Kind is TokenKind.Punct or TokenKind.Quote) return true;
        if (next.IsNumber || next.Norm.Length > 0 && char.IsDigit(next.Norm[0])) return true;  // "in X 15km north of Y"
        return next.IsWord && !PlaceTokens.IsPossessive(next) && !next.IsCapitalized(context.Text) && CleanFollowers.Contains(next.Norm);
    }

    // "between X and Y": Y takes the cue of X
    private bool BetweenAnd(Mention m)
    {
        if (context.Before(m) != "and") return false;
        var toks = context.Tokens(m);
        for (var k = m.Start - 2; k >= 0 && k >= m.Start - 6; k--)
            if (toks[k].Norm == "between") return true;
        return false;
    }
}
