using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// Joins the pieces of one capitalised name that the scan split because a piece is a gazetteer name: "Musa Zorkhel" is
/// not the village Musa followed by an unknown word, "Mocimboa da Praia" is not Mocimboa and the capital of Cape Verde.
/// Before, both pieces were dropped as parts of a longer name; now the whole name is one mention the cues can judge.
/// </summary>
internal sealed class NameRuns(Gazetteer gazetteer, PlaceWords words, PlaceContext context, string text)
{
    public List<Mention> Join(IReadOnlyList<Sentence> sentences, List<Mention> mentions)
    {
        var result = new List<Mention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var toks = sentences[m.Sentence].Tokens;
            var end = RunEnd(toks, m.End);
            // "the Aleppo-Damascus highway" joins two places, not one name
            // ("the Juba-Zorkala highway" too: a known place before a hyphen keeps its name)
            var twoPlaces = m.Ids is not null && m.End < toks.Count && toks[m.End].IsHyphen;
            // "Southern Kordofan", "Northern Aleppo": a direction before a known name qualifies it ("Eastern Zorvania" is one name)
            var qualifier = m.End - m.Start == 1 && words.Directions.Contains(m.Key) && i + 1 < mentions.Count
                            && mentions[i + 1].Sentence == m.Sentence && mentions[i + 1].Start == m.End && mentions[i + 1].Ids is not null;
            if (end == m.End || twoPlaces || qualifier || context.InTitleCase(m) || !Joinable(toks, m.Start, end))
            {
                result.Add(m);
                continue;
            }
            // the pieces inside the run give way to the whole
            while (i + 1 < mentions.Count && mentions[i + 1].Sentence == m.Sentence && mentions[i + 1].Start < end) i++;
            result.Add(Whole(m.Sentence, toks, m.Start, end));
        }
        return result;
    }

    /// <summary>A mention over tokens [start, end) keyed as the scan keys names; its entries when the gazetteer has the whole.</summary>
    public Mention Whole(int sentence, IReadOnlyList<Token> toks, int start, int end)
    {
        var parts = new List<string>();
        for (var k = start; k < end; k++)
            if (PlaceTokens.WordKey(toks[k]) is { } w) parts.Add(w);
        var key = NameKey.Exact(string.Join(' ', parts));
        return new Mention(sentence, start, end, PlaceScanner.Cover(toks, start, end), key, key.Length == 0 ? null : gazetteer.Find(key));
    }

    /// <summary>Where the capitalised name going on at <paramref name="k"/> ends: over capitals, glued hyphens and name particles.</summary>
    public int RunEnd(IReadOnlyList<Token> toks, int k)
    {
        while (k < toks.Count)
        {
            // "X Local Government Area": the unit, not part of the name
            if (PlaceTokens.LocalGovernment(toks, k) > 0) break;
            if (NameWord(toks, k)) { k++; continue; }
            var glued = k + 1 < toks.Count && (toks[k].IsHyphen || toks[k].Norm == "/") && toks[k].Span.Start == toks[k - 1].Span.End
                        && toks[k + 1].Span.Start == toks[k].Span.End;
            var particle = IsParticle(toks[k]);
            if ((glued || particle) && k + 1 < toks.Count && NameWord(toks, k + 1)) { k += 2; continue; }
            break;
        }
        return k;
    }

    // name particles written lower case inside a name ("Mocimboa da Praia", "Bab al-Hawa"); not English words ("at", "as", "an")
    private static readonly HashSet<string> Particles =
        ["al", "el", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "bin", "ibn", "bani", "ul", "au", "aux", "sur"];

    public bool IsParticle(in Token t) => t.IsWord && !t.IsCapitalized(text) && Particles.Contains(t.Norm);

    /// <summary>A capitalised word that can continue a name: not a title, region, facility or area word, nor a possessive.</summary>
    public bool NameWord(IReadOnlyList<Token> toks, int k)
    {
        var t = toks[k];
        if (!t.IsCapitalized(text) || PlaceTokens.IsPossessive(t) || PlaceTokens.LocalGovernment(toks, k) > 0
            || k >= 1 && PlaceTokens.LocalGovernment(toks, k - 1) > 0) return false;
        var w = t.Norm;
        // "X Regional State": the region and its title, not a longer name
        return w != "regional" && !PlaceTokens.DateWords.Contains(w) && !words.Titles.Contains(w) && !words.Regions.Contains(w) && !words.PluralRegions.Contains(w) && !words.Facilities.Contains(w)
               && !words.Areas.Contains(w) && !words.Speech.Contains(w);
    }

    // an organisation's name ("Kenya Defence Forces") stays as the scan left it: its place piece still votes for the country
    private bool Joinable(IReadOnlyList<Token> toks, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (toks[k].IsWord && words.Organisations.Contains(toks[k].Norm)) return false;
        return true;
    }
}
