using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>What the words around a mention say about it: place cues, person cues, region and facility words.</summary>
internal sealed class PlaceContext(string text, IReadOnlyList<Sentence> sentences, PlaceWords words)
{
    private readonly Dictionary<int, bool> _titleCase = [];

    /// <summary>
    /// A headline in title case ("Rebels Enter Aleppo As Army Retreats"): capitals say nothing there, so a name is not
    /// part of a longer one just because its neighbours are capitalised, and unknown capitalised runs are not places.
    /// </summary>
    public bool InTitleCase(Mention m)
    {
        if (_titleCase.TryGetValue(m.Sentence, out var known)) return known;
        int words = 0, capitals = 0;
        foreach (var t in sentences[m.Sentence].Tokens)
        {
            if (!t.IsWord || t.Norm.Length < 4) continue;
            words++;
            if (t.IsCapitalized(text)) capitals++;
        }
        // nine in ten: an ACLED note ("Gunmen attacked X (A, B) on Friday") is mostly names, but keeps its verbs low
        return _titleCase[m.Sentence] = words >= 5 && capitals * 10 >= words * 9;
    }

    public string Text => text;

    public IReadOnlyList<Token> Tokens(Mention m) => sentences[m.Sentence].Tokens;

    public int Paragraph(Mention m) => sentences[m.Sentence].Paragraph;

    public string? Before(Mention m, int k = 1) => PlaceTokens.Word(Tokens(m), m.Start - k);

    public string? After(Mention m, int k = 0) => PlaceTokens.Word(Tokens(m), m.End + k);

    public bool SentenceInitial(Mention m) => PlaceTokens.IsSentenceInitial(Tokens(m), m.Start);

    /// <summary>
    /// "the Peshawar Press Club": up to three capitalised words from <paramref name="from"/> that end in a facility word
    /// (after at least one other) name a building of the place before them. The token after that word, or -1.
    /// </summary>
    public int FacilityNameEnd(IReadOnlyList<Token> toks, int from)
    {
        for (var k = from; k < toks.Count && k < from + 3 && toks[k].IsCapitalized(text); k++)
            if (words.Facilities.Contains(toks[k].Norm)) return k > from ? k + 1 : -1;
        return -1;
    }

    /// <summary>"Idlib province", "Kharkiv oblast": a region word right after the name.</summary>
    /// <summary>The very next word is a region word, so the mention's span can take it in.</summary>
    public bool RegionWordNext(Mention m) => After(m) is { } w && (words.Regions.Contains(w) || words.PluralRegions.Contains(w));

    public bool RegionFollows(Mention m)
    {
        if (After(m) is not { } w) return false;
        if (words.Regions.Contains(w) || words.PluralRegions.Contains(w)) return true;
        // "the Kharkiv and Zaporizhzhia regions": the plural reaches back over the list
        if (w is not ("and" or ",")) return false;
        var toks = Tokens(m);
        for (var k = m.End + 1; k < toks.Count && k <= m.End + 5; k++)
        {
            if (words.PluralRegions.Contains(toks[k].Norm)) return true;
            if (!toks[k].IsCapitalized(text) && !toks[k].IsHyphen && toks[k].Norm != ",") return false;
        }
        return false;
    }

    /// <summary>"the town of X", "the village X": the text says a populated place, not a country or a region.</summary>
    public bool SettlementNounBefore(Mention m)
    {
        var n = Before(m) == "of" ? Before(m, 2) : Before(m);
        return n is "town" or "village" or "city" or "towns" or "villages" or "hamlet" or "settlement";
    }

    /// <summary>"Bab al-Hawa crossing", "Kuweires airbase": a facility word right after the name.</summary>
    public bool FacilityFollows(Mention m) => After(m) is { } w && words.Facilities.Contains(w);

    /// <summary>"Zamzam camp", "the Shejaia district": a lower-case area word right after an unknown name.</summary>
    public bool AreaFollows(Mention m) => AreaTail(m) > 0;

    /// <summary>Tokens of the area word after the name: "camp" 1, "sub-county" 3, "Local Government Area" 3; 0 for none.</summary>
    public int AreaTail(Mention m)
    {
        if (After(m) is not { } w) return 0;
        if (words.Areas.Contains(w)) return !Tokens(m)[m.End].IsCapitalized(text) || !UnitAfter(m, 1) ? 1 : 0;
        if (w == "sub" && m.End + 2 < Tokens(m).Count && Tokens(m)[m.End + 1].IsHyphen
            && (words.Areas.Contains(Tokens(m)[m.End + 2].Norm) || words.Regions.Contains(Tokens(m)[m.End + 2].Norm)))
            return 3;
        if (PlaceTokens.LocalGovernment(Tokens(m), m.End) is var lg and > 0) return lg;
        return 0;
    }

    // "X Village Council": a capitalised area word that is itself followed by a capitalised name is an organisation's
    private bool UnitAfter(Mention m, int k) => m.End + k < Tokens(m).Count && Tokens(m)[m.End + k].IsCapitalized(text);

    /// <summary>"the town of X", "villages of X": a place noun and "of" (or "the town X", or a local unit: "tambon X") right before.</summary>
    public bool PlaceNounBefore(Mention m) =>
        (Before(m) == "of" && Before(m, 2) is { } n && words.PlaceNouns.Contains(n)) ||
        (Before(m) is { } n2 && words.PlaceNouns.Contains(n2) && Before(m, 2) == "the" && !Tokens(m)[m.Start - 1].IsCapitalized(text)) ||
        (Before(m) is { } n3 && words.UnitsBefore.Contains(n3) && !Tokens(m)[m.Start - 1].IsCapitalized(text));

    /// <summary>"X's countryside", "X countryside", "X's outskirts".</summary>
    public bool CountrysideFollows(Mention m)
    {
        var k = Tokens(m).Count > m.End && PlaceTokens.IsPossessive(Tokens(m)[m.End]) ? 1 : 0;
        return After(m, k) is "countryside" or "outskirts" or "suburbs" or "province" or "governorate";
    }

    /// <summary>"in X", "near X", "north of X", "northern X", "the X countryside".</summary>
    public bool PrepositionBefore(Mention m)
    {
        var b = Before(m);
        if (b is null) return false;
        // "In Kidal, ...": a capitalised preposition opening the sentence is still one
        var prep = Tokens(m)[m.Start - 1];
        if (words.Prepositions.Contains(b) && (!prep.IsCapitalized(text) || PlaceTokens.IsSentenceInitial(Tokens(m), m.Start - 1))) return true;
        if (b == "of" && Before(m, 2) is { } d && (words.Directions.Contains(d) || d is "outskirts" or "edge" or "centre" or "center" or "east" or "west"
                                                     or "residents" or "inhabitants" or "villagers" or "exit" or "entrance")) return true;
        // "an attack on X", "raids on X": the target of an assault
        if (b == "on" && Before(m, 2) is "attack" or "attacks" or "assault" or "assaults" or "raid" or "raids" or "offensive" or "advance") return true;
        if (words.PlaceVerbs.Contains(b) && !prep.IsCapitalized(text)) return true;
        return words.Directions.Contains(b) && !Tokens(m)[m.Start - 1].IsCapitalized(text);
    }

    /// <summary>"Kandahar district", "Herat city": a unit word right after the name.</summary>
    public bool UnitFollows(Mention m) => After(m) is { } w && (words.Regions.Contains(w) || words.Areas.Contains(w));

    /// <summary>"Russia-backed", "Aleppo-based": the name qualifies someone, it is not where something happened.</summary>
    public bool ModifierFollows(Mention m)
    {
        var toks = Tokens(m);
        return m.End + 1 < toks.Count && toks[m.End].IsHyphen && words.Modifiers.Contains(toks[m.End + 1].Norm);
    }

    /// <summary>"X villagers", "X residents": the people of the place named before.</summary>
    public bool DwellersFollow(Mention m) => After(m) is "villagers" or "residents" or "inhabitants" or "townspeople" or "villager";

    /// <summary>"in the X region", "across the X district": a lower-case preposition, then "the".</summary>
    public bool PrepositionBeforeThe(Mention m) =>
        Before(m) == "the" && !Tokens(m)[m.Start - 1].IsCapitalized(text) && Before(m, 2) is { } p && words.Prepositions.Contains(p)
        && !Tokens(m)[m.Start - 2].IsCapitalized(text);

    public bool HasPlaceCue(Mention m) => PrepositionBefore(m) || PlaceNounBefore(m) || RegionFollows(m) || CountrysideFollows(m) || AreaFollows(m);

    public bool StrongCue(Mention m) => PlaceNounBefore(m) || RegionFollows(m) || CountrysideFollows(m);

    /// <summary>A person, not a place: a title before ("President X", "Gen. X") or a speech verb after ("X said").</summary>
    public bool TitleBefore(Mention m)
    {
        var b = Before(m) == "." ? Before(m, 2) : Before(m);
        return b is not null && words.Titles.Contains(b);
    }

    public bool SpeechFollows(Mention m) => After(m) is { } a && words.Speech.Contains(a);

    /// <summary>
    /// Part of a longer proper name the gazetteer lacks: a capitalised word right before (not starting the sentence,
    /// not a direction) or an organisation word after ("New York Times", "Ahmed Hussein", "Tahrir al-Sham").
    /// </summary>
    public bool InsideLongerName(Mention m)
    {
        if (InTitleCase(m)) return false;
        var toks = Tokens(m);
        var k = m.Start - 1;
        // "Tahrir al-Sham" looks back over the article; "the Aleppo-Damascus highway" joins two places, not one name
        var compound = k >= 0 && toks[k].IsHyphen;
        if (compound && k >= 1 && PlaceTokens.WordKey(toks[k - 1]) is "al" or "el") { k -= 2; compound = false; }
        if (!compound && k >= 0 && PlaceTokens.WordKey(toks[k]) is "al" or "el") k--;
        if (!compound && k >= 0 && toks[k].IsCapitalized(text) && !PlaceTokens.IsSentenceInitial(toks, k) && !words.Directions.Contains(toks[k].Norm)
            && !words.Prepositions.Contains(toks[k].Norm) && toks[k].Norm != "the")
            return true;
        // "the Islamic State of Iraq", "the Bank of England": "of" inside a capitalised name, unless the word before
        // says what the place is to it ("University of Aleppo", "Governor of Kharkiv", "North of Hama")
        if (k >= 1 && toks[k].Norm == "of" && toks[k - 1].IsCapitalized(text) && !PlaceTokens.IsSentenceInitial(toks, k - 1)
            && toks[k - 1].Norm is var before && !words.Facilities.Contains(before) && !words.PlaceNouns.Contains(before)
            && !words.Titles.Contains(before) && !words.Directions.Contains(before) && !words.Parts.Contains(before)
            // "PD12 of Herat", "Karz of Kandahar district": a numbered quarter, or a unit named after the place
            && !before.Any(char.IsDigit) && !UnitFollows(m))
            return true;
        // "Bab al-Hawa": an article and a capitalised word right after
        var n = m.End;
        if (n + 1 < toks.Count && PlaceTokens.WordKey(toks[n]) is "al" or "el" && (toks[n + 1].IsHyphen ? PlaceTokens.IsCapitalized(text, toks, n + 2) : PlaceTokens.IsCapitalized(text, toks, n + 1)))
            return true;
        // "Human Rights Watch", "Aleppo Citadel": a capitalised word right after, unless it is what the name is (a region, a facility,
        // or a building of the place: "the Peshawar Press Club", "the Dhaka Press Club")
        return m.End < toks.Count && toks[m.End].IsCapitalized(text) && !PlaceTokens.IsPossessive(toks[m.End]) && FacilityNameEnd(toks, m.End) < 0
            && !words.Regions.Contains(toks[m.End].Norm) && !words.Facilities.Contains(toks[m.End].Norm)
            && !(words.Areas.Contains(toks[m.End].Norm) && !UnitAfter(m, 1)) && PlaceTokens.LocalGovernment(toks, m.End) == 0
            && !PlaceTokens.DateWords.Contains(toks[m.End].Norm) && toks[m.End].Norm != "regional"
            && !words.Titles.Contains(toks[m.End].Norm);   // "Kharkiv Mayor Ihor Terekhov": the city's mayor
    }
}
