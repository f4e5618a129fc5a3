namespace NewsEvents.Extraction.Places;

/// <summary>
/// Names the gazetteer does not hold as written: first the transliteration skeleton within the article's country and
/// its neighbours (Saraqab -> Saraqib), then places the text itself marks ("the town of X", "X's countryside",
/// "Kafr X", "in X province", a list with known places), kept unresolved under their parent region when one is named.
/// </summary>
internal sealed class UnresolvedPlaces(Gazetteer gazetteer, PlaceWords words, PlaceContext context, PlaceResolver resolver)
{
    private readonly PlaceLists _lists = new(gazetteer, context, resolver);
    private readonly NameShapes _shapes = new(gazetteer, words, context);
    private List<Mention> _mentions = [];
    // The places accepted so far, built once per article and kept up to date: rebuilt for every mention, it made
    // Resolve quadratic in the mentions (a 2 MB article spent seconds here). Each place once: the tests on it ask
    // whether any place named is in a country or near a candidate, and a long article names the same few again and again.
    private List<GazetteerEntry>? _named;
    // Spellings of a small place of the story's country that were too weak alone: taken if the text marks the name as a place.
    private readonly Dictionary<Mention, int> _spelt = [];
    private readonly HashSet<int> _namedIds = [];

    public void Resolve(List<Mention> mentions, string? dominant)
    {
        _mentions = mentions;
        _named = null;
        _spelt.Clear();
        _namedIds.Clear();
        foreach (var m in mentions)
        {
            if (m.Ids is not null && !m.Accepted && context.FacilityFollows(m) && !resolver.Stopped(m) && !context.InsideLongerName(m)
                && !context.SentenceInitial(m) && !context.InTitleCase(m))
            {
                // "Al-Shifa Hospital": the name matched a village elsewhere, but here it names a facility
                m.Entry = -1;
                m.Accepted = true;
                Extend(m);
                m.Facility = m.Span;
                continue;
            }
            // "the village of Hassan (A, B)": brackets and a place noun leave no doubt, even about a word of the stop list
            var stopped = resolver.Stopped(m) && !(m.Cue == PlaceCue.Parenthetical && context.StrongCue(m));
            if (m.Ids is not null || stopped || resolver.LooksLikePerson(m, null) || IsDemonym(m.Key) || context.InTitleCase(m)) continue;
            if (TrySkeleton(m, dominant)) continue;
            if (LastWordIsFacility(m))
            {
                // "Rafic Hariri International Airport", "Al-Shifa Hospital": the name of a facility
                m.Accepted = true;
                m.Facility = m.Span;
            }
            else if (context.FacilityFollows(m) && !context.InsideLongerName(m) && !context.SentenceInitial(m))
            {
                // a facility of a place the gazetteer lacks: kept as the facility alone
                m.Accepted = true;
                Extend(m);
                m.Facility = m.Span;
            }
            else if (context.AreaFollows(m) && !context.InsideLongerName(m) && _shapes.PlaceShaped(m))
            {
                m.Accepted = true;
                m.UnresolvedKind = "unresolved";
                Extend(m, context.AreaTail(m));
            }
            else if (context.DwellersFollow(m) && !context.InsideLongerName(m) && !context.SentenceInitial(m) && _shapes.PlaceShaped(m))
            {
                // "X villagers burned ...", "X residents fled": the people of a place
                m.Accepted = true;
                m.UnresolvedKind = "unresolved";
            }
            else if (MarkedAsPlace(m) || resolver.Cued(m) && _shapes.PlaceShaped(m) || _shapes.LocativeName(m))
            {
                m.Accepted = true;
                // the units in "X (A, B)" are administrative: districts, departments, communes
                m.UnresolvedKind = LastWordIsRegion(m) || context.RegionFollows(m) || m.Cue == PlaceCue.AdminParent ? "region" : "unresolved";
                if (context.RegionWordNext(m)) Extend(m);
                else if (context.AreaTail(m) is var tail and > 0) Extend(m, tail);
            }
        }
        _lists.AcceptMembers(mentions);
        foreach (var (m, id) in _spelt)
            if (m.Accepted && m.Entry < 0 && m.Facility is null)
            {
                m.Ids = [id];
                m.Entry = id;
                m.UnresolvedKind = null;
            }
        var parents = new PlaceParents(gazetteer, context);
        foreach (var m in mentions)
            if (m.Accepted && m.Entry < 0)
                // a facility takes its place's coordinates, so only a place named with it will do
                m.ParentEntry = m.Facility is null ? parents.Of(m, mentions, dominant) : parents.InSentence(m, mentions);
    }

    // "Syrian", "Russians": evidence for the article's country, never a place of their own
    private bool IsDemonym(string key) =>
        gazetteer.Demonyms.ContainsKey(key) || (key.EndsWith('s') && gazetteer.Demonyms.ContainsKey(key[..^1]));

    private bool TrySkeleton(Mention m, string? dominant)
    {
        if (context.InsideLongerName(m) || (context.SentenceInitial(m) && !context.HasPlaceCue(m)) || FragmentOfCompound(m)) return false;
        var skeleton = NameKey.Skeleton(m.Key);
        // "Pétion-Ville" is written Pétionville too: a hyphenated name also meets its one-word spelling
        var ids = NameKey.Consonants(skeleton) < 3 ? null : gazetteer.Skeletons.Find(skeleton) ?? (Hyphenated(m) ? gazetteer.Skeletons.Find(skeleton.Replace(" ", "")) : null);
        if (ids is null) return false;
        int best = -1;
        double bestScore = 0;
        var inCountry = 0;
        // prominent cities are written in many spellings, but only near the places the story is about, when it names
        // any ("in Petion-Ville" in a Haiti report is not Putian in China); small places only near the article's country
        var anyProminent = context.HasPlaceCue(m);
        var named = anyProminent ? PlacesNamed() : null;
        var parents = resolver.ResolvedParents(m);
        foreach (var id in ids)
        {
            var e = gazetteer.Entries[id];
            if (parents.Count > 0 && PlaceResolver.ParentFit(e, parents) < 0) continue;
            // a neighbour's village is a guess too far: only prominent places across the border
            var score = dominant is null ? 0 : e.Country == dominant ? 2 : e.IsProminent && gazetteer.AreNeighbours(dominant, e.Country) ? 1 : 0;
            // a story that names no country and no place gives no "near": only a big city is a fair guess ("Zoulerou" is no Ugandan district)
            var blind = dominant is null && (named is null || named.Count == 0) && !(e.Level == PlaceLevel.PopulatedPlace && (e.Population >= 100_000 || e.FeatureCode == "PPLC"));
            // and a region of a third country is no spelling of a place here ("Bungome" in a Congo story is no Kenyan town)
            var city = e.Level == PlaceLevel.PopulatedPlace && (e.Population >= 100_000 || e.FeatureCode == "PPLC");
            var besideNamed = named is not null && named.Exists(p => p.Country == e.Country);
            if (score == 0 && !(anyProminent && e.IsProminent && (besideNamed || city && NearTheStory(e, named!) && !blind))) continue;
            if (score == 2) inCountry++;
            var total = score * 10 + Math.Log10(e.Population + 1) + (e.Level == PlaceLevel.Admin1 ? 5 : 0);
            if (total > bestScore) { bestScore = total; best = id; }
        }
        if (best < 0) return false;
        // a spelling match is weaker evidence than an exact one: a lone small village also needs a cue or a list
        var found = gazetteer.Entries[best];
        var listed = _lists.Neighbour(_mentions, m) is not null;
        if (!context.HasPlaceCue(m) && !listed && found.Level == PlaceLevel.PopulatedPlace && found.Population < 10_000 && m.End - m.Start == 1)
        {
            // not enough alone; but should the text itself mark the name as a place, the spelling of the story's country is it
            // (one village of that spelling in the country, or one inside the parents the text names: two are a guess)
            if (found.Country == dominant && inCountry == 1) _spelt[m] = best;
            return false;
        }
        m.Ids = [best];
        m.Entry = best;
        m.Accepted = true;
        if (found.Latitude is not null && _named is not null && _namedIds.Add(best)) _named.Add(found);
        return true;
    }

    private bool Hyphenated(Mention m)
    {
        var toks = context.Tokens(m);
        for (var k = m.Start + 1; k < m.End - 1; k++)
            if (toks[k].IsHyphen) return true;
        return false;
    }

    // "Petion" of "Petion-Ville": a spelling is guessed for a whole name, never for a piece of a hyphenated one.
    private bool FragmentOfCompound(Mention m)
    {
        var toks = context.Tokens(m);
        return m.End < toks.Count - 1 && toks[m.End].IsHyphen && toks[m.End].Span.Start == toks[m.End - 1].Span.End
               && toks[m.End + 1].Span.Start == toks[m.End].Span.End;
    }

    // Only TrySkeleton accepts a mention with a gazetteer entry during Resolve (the other branches accept unresolved
    // names, Entry -1), and it adds what it accepts, so the list stays what a fresh scan would give.
    private List<GazetteerEntry> PlacesNamed() => _named ??=
        _mentions.Where(x => x.Accepted && x.Entry >= 0 && gazetteer.Entries[x.Entry].Latitude is not null && _namedIds.Add(x.Entry))
            .Select(x => gazetteer.Entries[x.Entry]).ToList();

    private const double StoryRadiusKm = 2000;

    private static bool NearTheStory(GazetteerEntry candidate, List<GazetteerEntry> named) =>
        named.Count == 0 || candidate.Latitude is null || named.Any(p => Geo.Kilometres(candidate, p) <= StoryRadiusKm);

    private bool MarkedAsPlace(Mention m)
    {
        if (context.InsideLongerName(m)) return false;
        if (context.PlaceNounBefore(m) || context.CountrysideFollows(m)) return true;
        // "in X province", and "in the X region" when X could be a place name ("in the North Indian state" is a description)
        if ((context.RegionFollows(m) || LastWordIsRegion(m)) && (context.PrepositionBefore(m) || context.PrepositionBeforeThe(m) && _shapes.PlaceShaped(m))) return true;
        var toks = context.Tokens(m);
        var first = PlaceTokens.WordKey(toks[m.Start]);
        if (first is null || m.End - m.Start < 2 || !words.Prefixes.Contains(first)) return false;
        // "Sheikh Ali" is as often a man as a village: it needs a cue
        return first is not ("sheikh" or "shaykh") || context.PrepositionBefore(m);
    }

    private bool LastWordIsRegion(Mention m) => m.End - m.Start > 1 && PlaceTokens.Word(context.Tokens(m), m.End - 1) is { } w && words.Regions.Contains(w);

    private bool LastWordIsFacility(Mention m) => m.End - m.Start > 1 && PlaceTokens.Word(context.Tokens(m), m.End - 1) is { } w && words.Facilities.Contains(w);

    private void Extend(Mention m, int tokens = 1)
    {
        m.End += tokens;
        m.Span = PlaceScanner.Cover(context.Tokens(m), m.Start, m.End);
    }
}
