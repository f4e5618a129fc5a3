using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// Finds the places an article names and resolves them to the gazetteer: one result per distinct place with all its
/// mention spans, ordered by first mention. Immutable after construction, so one instance serves every thread.
/// </summary>
public sealed class PlaceFinder(Gazetteer gazetteer, PlaceWords words)
{
    /// <summary>The finder over the embedded gazetteer (loaded once per process, about a second) and word lists.</summary>
    public static PlaceFinder LoadDefault() => new(Gazetteer.Default, PlaceWords.Load());

    /// <summary>
    /// The places of one article: countries, admin-1 regions and populated places resolved to the gazetteer, places the
    /// text marks but the gazetteer lacks (precision "unresolved"), and facilities attached to their place.
    /// </summary>
    public IReadOnlyList<LocationResult> Find(AnalyzedText text)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var mentions = new PlaceScanner(gazetteer, words).Scan(text, votes);
        var context = new PlaceContext(text.Text, text.Sentences, words);
        var resolver = new PlaceResolver(gazetteer, words, context);
        var dominant = resolver.Dominant(mentions, votes);
        var paragraphs = ParagraphCountries(text, mentions, resolver);
        // after the votes: a country inside an organisation's name ("Kenya Defence Forces") still tells what the story is about
        var runs = new NameRuns(gazetteer, words, context, text.Text);
        mentions = new PlaceCues(words, runs, text.Text, gazetteer).Mark(text.Sentences, runs.Join(text.Sentences, mentions));

        foreach (var m in ResolutionOrder(mentions))
        {
            if (m.Ids is null) continue;
            var near = paragraphs.GetValueOrDefault(text.Sentences[m.Sentence].Paragraph) ?? Empty;
            m.Entry = resolver.Choose(m, dominant, near);
            if (m.Entry < 0)
            {
                // a region word follows a name that is no region we know: "in X province" with X unknown
                m.Ids = null;
                continue;
            }
            m.Accepted = resolver.Accept(m, gazetteer.Entries[m.Entry], dominant);
            if (m.Accepted && resolver.ResolvedParents(m).Count == 0
                && (resolver.FarFetched(gazetteer.Entries[m.Entry], dominant, near) || resolver.LaidOutAbroad(m, gazetteer.Entries[m.Entry], dominant, near)))
            {
                // the text says "place", but the only village of that name is in another part of the world
                m.Entry = -1;
                m.UnresolvedKind = "unresolved";
                continue;
            }
            // the region word joins the name: "X province" as a region, "X district" placed at its seat town
            if (m.Accepted && gazetteer.Entries[m.Entry].Level != PlaceLevel.Country && context.RegionWordNext(m))
            {
                m.End++;
                m.Span = PlaceScanner.Cover(context.Tokens(m), m.Start, m.End);
            }
        }
        new UnresolvedPlaces(gazetteer, words, context, resolver).Resolve(mentions, dominant);
        var all = mentions.Where(m => m.Accepted).ToList();
        var facilities = new FacilityFinder(text.Text, text.Sentences, words, context).Find(mentions);
        // "the Peshawar Press Club" is the facility of Peshawar, not also an unknown place "Press Club"
        var facilitiesBySentence = facilities.ToLookup(f => f.Sentence);
        all.RemoveAll(m => m.Entry < 0 && facilitiesBySentence[m.Sentence].Any(f => f.Start < m.Start && f.End >= m.End));
        all.AddRange(facilities);
        all.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new RegionSeats(gazetteer).Add(new LocationResults(gazetteer, text.Text, dominant).Build(all), dominant);
    }

    private static readonly HashSet<string> Empty = [];

    /// <summary>Parents before the places they hold, the widest first ("(A, B, C)": C, then B, then A), then the rest in order.</summary>
    private static IEnumerable<Mention> ResolutionOrder(List<Mention> mentions)
    {
        var parents = new HashSet<Mention>();
        foreach (var m in mentions)
            if (m.Parents is not null) parents.UnionWith(m.Parents);
        if (parents.Count == 0) return mentions;
        var first = mentions.Where(parents.Contains).Reverse();
        return first.Concat(mentions.Where(m => !parents.Contains(m))).ToList();
    }

    private static Dictionary<int, HashSet<string>> ParagraphCountries(AnalyzedText text, List<Mention> mentions, PlaceResolver resolver)
    {
        var map = new Dictionary<int, HashSet<string>>();
        foreach (var m in mentions)
        {
            if (m.Ids is null || resolver.Stopped(m) || resolver.UnambiguousCountry(m.Ids, out _) is not { } cc) continue;
            var p = text.Sentences[m.Sentence].Paragraph;
            if (!map.TryGetValue(p, out var set)) map[p] = set = [];
            set.Add(cc);
        }
        return map;
    }
}
