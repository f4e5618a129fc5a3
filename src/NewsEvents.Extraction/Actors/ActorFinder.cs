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
        BackReferences(text.Text, resolved);

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

    private static readonly string[] UnnamedArmed = ["armed-", "rebels-", "militia-"];

    // "Wagner mercenaries attacked herders ... The attackers killed two": "the attackers", "the militants", "the gunmen" after a
    // named armed group are that group, not an unidentified one.
    private static void BackReferences(string text, List<(TextSpan Span, ActorDef Actor)> resolved)
    {
        for (var i = 0; i < resolved.Count; i++)
        {
            var (span, def) = resolved[i];
            if (!Array.Exists(UnnamedArmed, p => def.Id.StartsWith(p, StringComparison.Ordinal))) continue;
            // "gunmen from the Viv Ansanm coalition", "fighters of JNIM"
            if (i + 1 < resolved.Count && Named(resolved[i + 1].Actor) && Of(text, span.End, resolved[i + 1].Span.Start)) { resolved[i] = (span, resolved[i + 1].Actor); continue; }
            if (!AfterDefinite(text, span.Start)) continue;
            for (var j = i - 1; j >= 0; j--)
            {
                var earlier = resolved[j].Actor;
                if (earlier.Type is not ("rebel_group" or "political_militia" or "identity_militia" or "external_force")) continue;
                if (!Array.Exists(UnnamedArmed, p => earlier.Id.StartsWith(p, StringComparison.Ordinal))) resolved[i] = (span, earlier);
                break;
            }
        }
    }

    private static bool Named(ActorDef def) =>
        def.Type is "rebel_group" or "political_militia" or "identity_militia" or "external_force" && !Array.Exists(UnnamedArmed, p => def.Id.StartsWith(p, StringComparison.Ordinal));

    private static bool Of(string text, int from, int to)
    {
        if (to <= from || to - from > 20) return false;
        var between = text.AsSpan(from, to - from).Trim();
        return between is "from" or "of" or "from the" or "of the" or "belonging to" or "belonging to the" or "loyal to" or "affiliated to" or "affiliated with";
    }

    private static bool AfterDefinite(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        return before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" these", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" those", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase)
            || before.Equals("The", StringComparison.Ordinal) || before.EndsWith(". The", StringComparison.Ordinal);
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
            case MentionKind.Communal:
                var home = m.Country ?? dominant;
                return GeneratedActors.Communal(m.Label!, home, _countries.NameOf(home));
            case MentionKind.NamedGang:
                return GeneratedActors.NamedGang(m.Label!, m.Country ?? dominant);
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
            results.Add(new ActorResult(list[0].Of(text), def.Name, type, def.Country, list, parent, def.AcledName));
        }
        return results;
    }
}
