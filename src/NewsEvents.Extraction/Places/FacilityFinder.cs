using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// Facilities and parts of places: "University of Aleppo", "Aleppo's university", "Goma airport" become facilities of
/// their place; "the city's western edge" is one more mention of the city last named.
/// </summary>
internal sealed class FacilityFinder(string text, IReadOnlyList<Sentence> sentences, PlaceWords words, PlaceContext context)
{
    public List<Mention> Find(List<Mention> mentions)
    {
        var found = new List<Mention>();
        foreach (var m in mentions)
        {
            if (!m.Accepted || m.Facility is not null) continue;
            var toks = context.Tokens(m);
            var (start, end) = Around(toks, m);
            if (end <= start && m.Entry < 0 && LastIsFacility(toks, m)) (start, end) = (m.Start, m.End);
            if (end <= start) continue;
            found.Add(new Mention(m.Sentence, start, end, PlaceScanner.Cover(toks, start, end), m.Key, m.Ids)
            {
                Entry = m.Entry, Accepted = true, ParentEntry = m.ParentEntry, Facility = PlaceScanner.Cover(toks, start, end),
            });
        }
        found.AddRange(Parts(mentions));
        return found;
    }

    private (int Start, int End) Around(IReadOnlyList<Token> toks, Mention m)
    {
        // "University of Aleppo", "the Port of Hodeidah"
        if (m.Start >= 2 && toks[m.Start - 1].Norm == "of" && toks[m.Start - 2].IsCapitalized(text) && words.Facilities.Contains(toks[m.Start - 2].Norm))
            return (m.Start - 2, m.End);
        var k = m.End;
        if (k < toks.Count && PlaceTokens.IsPossessive(toks[k]))
        {
            // "Aleppo's university", "Aleppo's main hospital"
            for (var j = k + 1; j < toks.Count && j <= k + 3 && toks[j].IsWord; j++)
                if (words.Facilities.Contains(toks[j].Norm)) return (m.Start, j + 1);
            return (0, 0);
        }
        if (k < toks.Count && toks[k].Norm == "air" && k + 1 < toks.Count && toks[k + 1].Norm == "base") return (m.Start, k + 2);
        if (k < toks.Count && toks[k].IsWord && words.Facilities.Contains(toks[k].Norm)) return (m.Start, k + 1);
        // "the Peshawar Press Club": capitalised words of the building's name before its facility word
        return context.FacilityNameEnd(toks, k) is var facilityEnd and >= 0 ? (m.Start, facilityEnd) : (0, 0);
    }

    private bool LastIsFacility(IReadOnlyList<Token> toks, Mention m) => m.End - m.Start > 1 && words.Facilities.Contains(toks[m.End - 1].Norm);

    /// <summary>"the city's western edge", "the town's outskirts": the populated place last named, once more.</summary>
    private IEnumerable<Mention> Parts(List<Mention> mentions)
    {
        var placeIndex = 0;
        Mention? last = null;
        foreach (var sentence in sentences)
        {
            var toks = sentence.Tokens;
            for (var i = 0; i + 3 < toks.Count; i++)
            {
                while (placeIndex < mentions.Count && mentions[placeIndex].Span.Start < toks[i].Span.Start)
                {
                    var p = mentions[placeIndex++];
                    if (p.Accepted && p.Entry >= 0 && p.Facility is null) last = p;
                }
                if (last is null || toks[i].Norm != "the" || toks[i + 1].Norm is not ("city" or "town" or "village" or "capital")
                    || !PlaceTokens.IsPossessive(toks[i + 2]))
                    continue;
                for (var j = i + 3; j < toks.Count && j <= i + 5 && toks[j].IsWord; j++)
                {
                    if (!words.Parts.Contains(toks[j].Norm)) continue;
                    yield return new Mention(sentence.Index, i, j + 1, PlaceScanner.Cover(toks, i, j + 1), last.Key, last.Ids)
                    { Entry = last.Entry, Accepted = true };
                    break;
                }
            }
        }
    }
}
