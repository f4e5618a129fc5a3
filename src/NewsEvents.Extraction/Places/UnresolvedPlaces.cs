using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// Names the gazetteer does not hold as written: first the transliteration skeleton within the article's country and
/// its neighbours (Saraqab -> Saraqib), then places the text itself marks ("the town of X", "X's countryside",
/// "Kafr X", "in X province", a list with known places), kept unresolved under their parent region when one is named.
/// </summary>
internal sealed class UnresolvedPlaces(Gazetteer gazetteer, PlaceWords words, PlaceContext context, PlaceResolver resolver)
{
    private readonly PlaceLists _lists = new(gazetteer, context, resolver);
    private List<Mention> _mentions = [];

    public void Resolve(List<Mention> mentions, string? dominant)
    {
        _mentions = mentions;
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
            else if (context.AreaFollows(m) && !context.InsideLongerName(m) && PlaceShaped(m))
            {
                m.Accepted = true;
                m.UnresolvedKind = "unresolved";
                Extend(m, context.AreaTail(m));
            }
            else if (MarkedAsPlace(m) || resolver.Cued(m) && PlaceShaped(m) || LocativeName(m))
            {
                m.Accepted = true;
                // the units in "X (A, B)" are administrative: districts, departments, communes
                m.UnresolvedKind = LastWordIsRegion(m) || context.RegionFollows(m) || m.Cue == PlaceCue.AdminParent ? "region" : "unresolved";
                if (context.RegionWordNext(m)) Extend(m);
                else if (context.AreaTail(m) is var tail and > 0) Extend(m, tail);
            }
        }
        _lists.AcceptMembers(mentions);
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
            var total = score * 10 + Math.Log10(e.Population + 1) + (e.Level == PlaceLevel.Admin1 ? 5 : 0);
            if (total > bestScore) { bestScore = total; best = id; }
        }
        if (best < 0) return false;
        // a spelling match is weaker evidence than an exact one: a lone small village also needs a cue or a list
        var found = gazetteer.Entries[best];
        var listed = _lists.Neighbour(_mentions, m) is not null;
        if (!context.HasPlaceCue(m) && !listed && found.Level == PlaceLevel.PopulatedPlace && found.Population < 10_000 && m.End - m.Start == 1)
            return false;
        m.Ids = [best];
        m.Entry = best;
        m.Accepted = true;
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

    private List<GazetteerEntry> PlacesNamed() =>
        _mentions.Where(x => x.Accepted && x.Entry >= 0).Select(x => gazetteer.Entries[x.Entry]).Where(e => e.Latitude is not null).ToList();

    private const double StoryRadiusKm = 2000;

    private static bool NearTheStory(GazetteerEntry candidate, List<GazetteerEntry> named) =>
        named.Count == 0 || candidate.Latitude is null || named.Any(p => Geo.Kilometres(candidate, p) <= StoryRadiusKm);

    private bool MarkedAsPlace(Mention m)
    {
        if (context.InsideLongerName(m)) return false;
        if (context.PlaceNounBefore(m) || context.CountrysideFollows(m)) return true;
        if ((context.RegionFollows(m) || LastWordIsRegion(m)) && context.PrepositionBefore(m)) return true;
        var toks = context.Tokens(m);
        var first = PlaceTokens.WordKey(toks[m.Start]);
        if (first is null || m.End - m.Start < 2 || !words.Prefixes.Contains(first)) return false;
        // "Sheikh Ali" is as often a man as a village: it needs a cue
        return first is not ("sheikh" or "shaykh") || context.PrepositionBefore(m);
    }

    // a cue says "place", but never for a word no place is named ("in Parliament", "from Facebook") or an acronym ("JNIM")
    private bool PlaceShaped(Mention m)
    {
        var toks = context.Tokens(m);
        for (var k = m.Start; k < m.End; k++)
        {
            if (!toks[k].IsWord) continue;
            var w = toks[k].Norm;
            // "the North Indian state", "DigitalGlobe": an adjective of a people, a company's camel case
            if (words.NotPlaces.Contains(w) || words.Organisations.Contains(w) || IsDemonym(w) || CamelCase(toks[k])) return false;
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
    private bool LocativeName(Mention m)
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

    private bool LastWordIsRegion(Mention m) => m.End - m.Start > 1 && PlaceTokens.Word(context.Tokens(m), m.End - 1) is { } w && words.Regions.Contains(w);

    private bool LastWordIsFacility(Mention m) => m.End - m.Start > 1 && PlaceTokens.Word(context.Tokens(m), m.End - 1) is { } w && words.Facilities.Contains(w);

    private void Extend(Mention m, int tokens = 1)
    {
        m.End += tokens;
        m.Span = PlaceScanner.Cover(context.Tokens(m), m.Start, m.End);
    }
}
