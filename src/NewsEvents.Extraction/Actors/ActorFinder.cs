using System.Collections.Frozen;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Actors;

/// <summary>
/// Finds the actors of an article: named groups from the lexicon, states through their names and demonyms ("Russian warplanes"),
/// and generic references ("the regime", "insurgents", "residents") resolved against the article's dominant country.
/// One result per canonical actor, with every mention, in order of first mention. Immutable after loading: share one instance.
/// </summary>
/// <remarks>
/// A state's forces are <c>state_forces</c> in their own country and <c>external_force</c> when the article is about another
/// country (Russian forces in a Syria or Ukraine article, Israeli forces in a Gaza article), as ACLED codes foreign militaries.
/// </remarks>
public sealed class ActorFinder
{
    private readonly ActorLexicon _lexicon;
    private readonly CountryTable _countries;
    private readonly PhraseTable _phrases;
    private readonly FrozenSet<string> _starters;

    private ActorFinder(ActorLexicon lexicon, CountryTable countries, PhraseTable phrases)
    {
        _lexicon = lexicon;
        _countries = countries;
        _phrases = phrases;
        _starters = lexicon.Names.FirstKeys.Concat(countries.Words.FirstKeys).Concat(phrases.Phrases.FirstKeys).ToFrozenSet(StringComparer.Ordinal);
    }

    public static ActorFinder LoadDefault()
    {
        var countries = CountryTable.Load();
        return new ActorFinder(ActorLexicon.Load(countries), countries, PhraseTable.Load());
    }

    /// <summary>Every canonical actor of the lexicon and the generated per-country actors (for listings and checks).</summary>
    public IReadOnlyCollection<ActorDef> Lexicon => _lexicon.All;

    public IReadOnlyList<ActorResult> Find(AnalyzedText text, IReadOnlyList<LocationResult> locations)
    {
        var scan = new ActorScanner(_lexicon, _countries, _phrases, _starters, text.Text);
        scan.Scan(text.Sentences);
        if (scan.Mentions.Count == 0) return [];
        var dominant = DominantCountry.Of(locations, scan.PlaceCounts, scan.DemonymCounts);

        var resolved = new List<(TextSpan Span, ActorDef Actor)>(scan.Mentions.Count);
        foreach (var m in scan.Mentions)
            if (m.Kind != MentionKind.Monitor && Resolve(m, dominant) is { } def) resolved.Add((m.Span, def));
        resolved.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        // "a war monitor", "the Observatory": the monitor the article names, if it names one
        var monitor = resolved.Find(r => r.Actor.Type == "monitor").Actor;
        if (monitor is not null)
        {
            foreach (var m in scan.Mentions)
                if (m.Kind == MentionKind.Monitor) resolved.Add((m.Span, monitor));
            resolved.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
        return Group(text.Text, resolved, dominant);
    }

    private ActorDef? Resolve(RawMention m, string? dominant)
    {
        switch (m.Kind)
        {
            case MentionKind.Named:
                var named = m.Named!;
                foreach (var a in named)
                    if (a.Actor.Country == dominant) return a.Actor;
                return named[0].Actor;
            case MentionKind.Ethnic:
                var country = m.Country ?? dominant;
                return GeneratedActors.Ethnic(m.Label!, country, _countries.NameOf(country));
            case MentionKind.MilitiaOf:
                var of = m.Country ?? dominant;
                return _lexicon.Generated(of == dominant ? MentionKind.Militias : MentionKind.Backed, of);
            case MentionKind.Military when m.Country is null && dominant is not null && _countries.ArmyOf.TryGetValue(dominant, out var army):
                return _lexicon.Generated(m.Kind, army);
            default:
                return _lexicon.Generated(m.Kind, m.Country ?? dominant);
        }
    }

    private List<ActorResult> Group(string text, List<(TextSpan Span, ActorDef Actor)> resolved, string? dominant)
    {
        var order = new List<ActorDef>();
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var (span, def) in resolved)
        {
            if (!spans.TryGetValue(def.Id, out var list))
            {
                spans[def.Id] = list = [];
                order.Add(def);
            }
            if (list.Count == 0 || !list[^1].Overlaps(span)) list.Add(span);
        }
        var results = new List<ActorResult>(order.Count);
        foreach (var def in order)
        {
            var list = spans[def.Id];
            var type = def.Type == "state_forces" && dominant is not null && def.Country is not null && def.Country != dominant
                ? "external_force" : def.Type;
            var parent = def.ParentId is { } p ? _lexicon[p]?.Name : null;
            results.Add(new ActorResult(list[0].Of(text), def.Name, type, def.Country, list, parent));
        }
        return results;
    }
}
