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
            if (m.Ids is not null || resolver.Stopped(m) || resolver.LooksLikePerson(m, null) || IsDemonym(m.Key) || context.InTitleCase(m)) continue;
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
            else if (context.AreaFollows(m) && !context.InsideLongerName(m))
            {
                m.Accepted = true;
                m.UnresolvedKind = "unresolved";
                Extend(m);
            }
            else if (MarkedAsPlace(m))
            {
                m.Accepted = true;
                m.UnresolvedKind = LastWordIsRegion(m) || context.RegionFollows(m) ? "region" : "unresolved";
                if (context.RegionWordNext(m)) Extend(m);
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
        if (NameKey.Consonants(skeleton) < 3 || gazetteer.Skeletons.Find(skeleton) is not { } ids) return false;
        int best = -1;
        double bestScore = 0;
        // prominent cities are written in many spellings, but only near the places the story is about, when it names
        // any ("in Petion-Ville" in a Haiti report is not Putian in China); small places only near the article's country
        var anyProminent = context.HasPlaceCue(m);
        var named = anyProminent ? PlacesNamed() : null;
        foreach (var id in ids)
        {
            var e = gazetteer.Entries[id];
            // a neighbour's village is a guess too far: only prominent places across the border
            var score = dominant is null ? 0 : e.Country == dominant ? 2 : e.IsProminent && gazetteer.AreNeighbours(dominant, e.Country) ? 1 : 0;
            if (score == 0 && !(anyProminent && e.IsProminent && NearTheStory(e, named!))) continue;
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
        named.Count == 0 || candidate.Latitude is null || named.Any(p => Kilometres(candidate, p) <= StoryRadiusKm);

    // Great-circle distance (haversine); plenty precise for "is it in the same region of the world".
    private static double Kilometres(GazetteerEntry a, GazetteerEntry b)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(b.Latitude!.Value - a.Latitude!.Value);
        var dLon = Rad(b.Longitude!.Value - a.Longitude!.Value);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(a.Latitude.Value)) * Math.Cos(Rad(b.Latitude.Value)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * 6371 * Math.Asin(Math.Sqrt(h));
    }

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

    private bool LastWordIsRegion(Mention m) => m.End - m.Start > 1 && PlaceTokens.Word(context.Tokens(m), m.End - 1) is { } w && words.Regions.Contains(w);

    private bool LastWordIsFacility(Mention m) => m.End - m.Start > 1 && PlaceTokens.Word(context.Tokens(m), m.End - 1) is { } w && words.Facilities.Contains(w);

    private void Extend(Mention m)
    {
        m.End++;
        m.Span = PlaceScanner.Cover(context.Tokens(m), m.Start, m.End);
    }
}
