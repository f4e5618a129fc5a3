using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// Second pass over gazetteer matches: picks the entry each name means (the article's dominant country, places near it,
/// population) and decides whether the evidence is enough to call it a place.
/// </summary>
internal sealed class PlaceResolver(Gazetteer gazetteer, PlaceWords words, PlaceContext context)
{
    private const double DominantBonus = 3, NeighbourBonus = 1, ParagraphBonus = 2;

    /// <summary>The country the article is about: countries named, demonyms, big unambiguous cities.</summary>
    public string? Dominant(List<Mention> mentions, Dictionary<string, double> votes)
    {
        foreach (var m in mentions)
        {
            if (m.Ids is null || Stopped(m)) continue;
            var country = UnambiguousCountry(m.Ids, out var weight);
            if (country is not null) votes[country] = votes.GetValueOrDefault(country) + weight;
        }
        string? best = null;
        foreach (var (cc, v) in votes)
            if (best is null || v > votes[best]) best = cc;
        return best;
    }

    public string? UnambiguousCountry(int[] ids, out double weight)
    {
        string? country = null;
        weight = 0;
        foreach (var id in ids)
        {
            var e = gazetteer.Entries[id];
            if (e.Level == PlaceLevel.Country)
            {
                // "Congo" is two countries: no vote either way
                if (country is not null && country != e.Country) return null;
                country = e.Country;
                weight = 2;
                continue;
            }
            if (!e.IsProminent) continue;
            if (country is not null && country != e.Country) return null;
            country = e.Country;
            weight = 1;
        }
        return country;
    }

    /// <summary>The entry a matched name most likely means in this article.</summary>
    public int Choose(Mention m, string? dominant, IReadOnlySet<string> paragraphCountries)
    {
        var region = context.RegionFollows(m);
        var settlement = context.SettlementNounBefore(m);
        var parents = ResolvedParents(m);
        // the last name of "(A, B, C)" is the widest unit: Mopti the region before Mopti the city
        var widest = m.Cue == PlaceCue.AdminParent && m.Parents is null;
        int best = -1;
        double bestScore = double.MinValue;
        foreach (var id in m.Ids!)
        {
            var e = gazetteer.Entries[id];
            var s = Math.Log10(e.Population + 1) / 2 + (e.IsSeat ? 1 : 0);
            if (parents.Count > 0)
            {
                // the text says where the place lies: never a namesake outside that country
                var fit = ParentFit(e, parents);
                if (fit < 0) continue;
                s += fit;
            }
            if (widest && e.Level == PlaceLevel.Admin1) s += 3;
            if (dominant is not null)
                s += e.Country == dominant ? DominantBonus : gazetteer.AreNeighbours(dominant, e.Country) ? NeighbourBonus : 0;
            if (paragraphCountries.Contains(e.Country)) s += ParagraphBonus;
            if (e.Level == PlaceLevel.Admin1) s += region ? 10 : settlement ? -10 : 2.5;
            if (e.Level == PlaceLevel.Country) s += region || settlement ? -10 : 10;
            if (s > bestScore) { bestScore = s; best = id; }
        }
        if (best < 0) return -1;
        if (region && gazetteer.Entries[best].Level == PlaceLevel.PopulatedPlace)
        {
            // "Idlib province" names the region whose seat is Idlib
            var e = gazetteer.Entries[best];
            if (e.IsSeat && e.Admin1 is not null && gazetteer.RegionsByName.TryGetValue((e.Country, e.Admin1), out var r)) return r;
            // "Anbar province" is not the Turkish village Anbar: a region spelt otherwise, or one the gazetteer lacks
            var spelt = RegionBySkeleton(m, dominant);
            // "the Kinsale district" of a story set where Kinsale is a district seat: the district, placed at its seat town
            return spelt < 0 && SeatOfUnit(m, e, dominant, parents) ? best : spelt;
        }
        return best;
    }

    /// <summary>The parents the text names for <paramref name="m"/> that resolved, most specific first.</summary>
    public List<GazetteerEntry> ResolvedParents(Mention m)
    {
        var list = new List<GazetteerEntry>();
        if (m.Parents is null) return list;
        foreach (var p in m.Parents)
            if (p.Accepted && p.Entry >= 0) list.Add(gazetteer.Entries[p.Entry]);
        return list;
    }

    /// <summary>How well a candidate sits inside the named parents: -1 outside their countries, more inside their region, unit or reach.</summary>
    public static double ParentFit(GazetteerEntry e, List<GazetteerEntry> parents)
    {
        if (!parents.Exists(p => p.Country == e.Country)) return -1;
        double fit = 4;
        if (parents.Exists(p => p.Level != PlaceLevel.Country && (p.Level == PlaceLevel.Admin1 ? p.Name : p.Admin1) == e.Admin1 && e.Admin1 is not null)) fit += 2;
        if (e.Admin2 is { } a2 && parents.Exists(p => p.Level == PlaceLevel.PopulatedPlace && (p.Admin2 == a2 || Folding.Key(p.Name) == Folding.Key(a2)))) fit += 2;
        if (parents.Exists(p => p.Level == PlaceLevel.PopulatedPlace && Geo.Kilometres(p, e) < 60)) fit += 2;
        return fit;
    }

    /// <summary>True when the text's layout makes <paramref name="m"/> a place ("X (A, B)", "coded as X", "X, Region").</summary>
    public bool Cued(Mention m)
    {
        if (m.Cue == PlaceCue.None) return false;
        if (m.Cue != PlaceCue.RegionComma) return true;
        // "X, Luhansk": only a region, a country or a seat after the comma; "In Kunduz, Taliban officials" is no such layout
        if (m.Parents is not [var p, ..] || !p.Accepted || p.Entry < 0) return false;
        var e = gazetteer.Entries[p.Entry];
        return e.Level != PlaceLevel.PopulatedPlace || e.IsSeat;
    }

    /// <summary>
    /// A unit below admin-1 named after its seat ("X district", "X county") whose X is a seat of an admin-2 or admin-3
    /// unit in the story's country (inside the named parents when the text gives them): the unit is placed at the town.
    /// </summary>
    private bool SeatOfUnit(Mention m, GazetteerEntry e, string? dominant, List<GazetteerEntry> parents) =>
        context.After(m) is { } w && words.SeatUnits.Contains(w) && (e.FeatureCode is ("PPLA2" or "PPLA3") || e.Level == PlaceLevel.PopulatedPlace && e.Population >= 1_000)
        && (parents.Count > 0 ? ParentFit(e, parents) >= 0 : e.Country == dominant);

    /// <summary>An admin-1 region of the article's country (or a neighbour) whose name has the mention's skeleton; -1 if none.</summary>
    private int RegionBySkeleton(Mention m, string? dominant)
    {
        if (gazetteer.Skeletons.Find(NameKey.Skeleton(m.Key)) is not { } ids) return -1;
        foreach (var id in ids)
        {
            var e = gazetteer.Entries[id];
            if (e.Level == PlaceLevel.Admin1 && dominant is not null && gazetteer.AreNeighbours(dominant, e.Country)) return id;
        }
        return -1;
    }

    /// <summary>A small place far from the article's country and from the countries named around it.</summary>
    // a village across the border needs its country named nearby: "in Zouvoul" in a Nigerian story is not the Cameroonian village
    public bool FarFetched(GazetteerEntry e, string? dominant, IReadOnlySet<string> paragraphCountries) =>
        !e.IsProminent && dominant is not null && e.Country != dominant && !paragraphCountries.Contains(e.Country)
        && (!gazetteer.AreNeighbours(dominant, e.Country) || e.Precision == "village");

    /// <summary>
    /// A name the layout marks as a local unit ("(A, Zurich)", "X, Region", "X district of Y") that only a place of a third
    /// country matches: the unit is local and the gazetteer lacks it (a zone of an Ethiopian note named like a Swiss city is no Swiss city).
    /// </summary>
    public bool LaidOutAbroad(Mention m, GazetteerEntry e, string? dominant, IReadOnlySet<string> paragraphCountries) =>
        m.Cue is PlaceCue.AdminParent or PlaceCue.Parenthetical or PlaceCue.RegionComma or PlaceCue.OfParent
        && e.Level != PlaceLevel.Country && dominant is not null && !gazetteer.AreNeighbours(dominant, e.Country)
        && !paragraphCountries.Contains(e.Country);

    /// <summary>A single word of the stop list ("Hope", "Ford"), unless written as an acronym ("US", "U.S.").</summary>
    public bool Stopped(Mention m)
    {
        if (m.End - m.Start != 1 || !words.Stop.Contains(m.Key)) return false;
        var t = context.Tokens(m)[m.Start];
        return !IsAcronym(context.Text, t.Span);
    }

    private static readonly HashSet<string> FunctionWords =
        ["and", "or", "to", "in", "on", "at", "of", "for", "with", "by", "from", "is", "was", "has", "had", "have", "said", "says",
         "will", "would", "could", "should", "did", "does", "are", "were", "as", "but", "after", "before", "since", "over", "into"];

    private static bool IsAcronym(string text, TextSpan span)
    {
        if (span.Length < 2) return false;
        foreach (var c in span.SliceOf(text))
            if (char.IsLower(c)) return false;
        return true;
    }

    public bool LooksLikePerson(Mention m, GazetteerEntry? e)
    {
        if (context.TitleBefore(m)) return true;
        // "Moscow said" is the Kremlin speaking, "Hussein said" is a man; in "officials in Idlib said" the preposition settles it
        if (context.SpeechFollows(m) && !context.PrepositionBefore(m))
            return e is null || (e.Level == PlaceLevel.PopulatedPlace && e.FeatureCode != "PPLC" && e.Population < 1_000_000);
        return false;
    }

    /// <summary>Enough evidence that this match is the place: prominence, a place cue, or the article's country.</summary>
    public bool Accept(Mention m, GazetteerEntry e, string? dominant)
    {
        if (Stopped(m) && !context.StrongCue(m)) return false;
        if (LooksLikePerson(m, e) || context.ModifierFollows(m)) return false;
        // "from Fulani herding families": a people or a language that a village is also named after
        if (words.NotPlaces.Contains(m.Key) && !context.StrongCue(m)) return false;
        // "Saudi hospital", "the Somali capital": a place name that is also an adjective, before a noun
        if (gazetteer.Demonyms.ContainsKey(m.Key) && context.After(m) is { } next
            && char.IsLetter(next[0]) && !context.HasPlaceCue(m)) return false;
        // "U.S. ambassador", "US history": an acronym before a noun qualifies it
        if (e.Level == PlaceLevel.Country && m.End - m.Start == 1 && IsAcronym(context.Text, context.Tokens(m)[m.Start].Span)
            && context.After(m) is { } noun && char.IsLower(noun[0]) && !FunctionWords.Contains(noun) && !context.Tokens(m)[m.End].IsCapitalized(context.Text))
            return false;
        if (Cued(m)) return true;
        if (context.InsideLongerName(m)) return false;
        if (context.HasPlaceCue(m)) return true;
        // an alternate name far from the article's country ("Sana" for Sanaa in a report on Syria) needs a cue
        var far = dominant is not null && !gazetteer.AreNeighbours(dominant, e.Country);
        if (e.IsProminent) return !(far && gazetteer.IsAlternateName(m.Entry, m.Key));
        if (dominant is null) return false;
        var inCountry = e.Country == dominant;
        var multiWord = m.End - m.Start > 1;
        if (multiWord) return inCountry || gazetteer.AreNeighbours(dominant, e.Country);
        return inCountry && !(context.SentenceInitial(m) && e.Population < 5_000);
    }
}
