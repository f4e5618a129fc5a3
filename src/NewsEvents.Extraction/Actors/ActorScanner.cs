using System.Collections.Frozen;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Actors;

/// <summary>
/// One pass over an article's sentences. At each token, in order: a lexicon name (longest first), a state word with what follows it
/// ("Russian warplanes", "Turkey's foreign ministry", "Iran-backed militias", "Russia said"), then a generic role ("the regime").
/// Also counts the countries the text names, the fallback for the dominant country. One scanner per article; not shared.
/// </summary>
internal sealed partial class ActorScanner
{
    private readonly ActorLexicon _lexicon;
    private readonly CountryTable _countries;
    private readonly PhraseTable _phrases;
    private readonly string _text;
    private readonly FrozenSet<string> _starters;
    private readonly List<(StateWord Word, int Start, int End)> _chain = [];
    private IReadOnlyList<Token> _tokens = [];
    private string?[] _keys = [];
    private int _lastNameEnd = -1;
    private int _sentence;
    private int _firstParagraph = -1;
    private int _paragraph = -1;
    private string? _paragraphCountry;

    public List<RawMention> Mentions { get; } = [];

    /// <summary>How often each country is named as a place (its name, capital, main cities; a dateline counts more), in first-seen order.</summary>
    public List<(string Country, int Count)> PlaceCounts { get; } = [];

    /// <summary>How often each country's demonym or leader appears: these mostly name actors, often foreign ones ("Israeli strikes" on Beirut).</summary>
    public List<(string Country, int Count)> DemonymCounts { get; } = [];

    public ActorScanner(ActorLexicon lexicon, CountryTable countries, PhraseTable phrases, FrozenSet<string> starters, string text)
    {
        _starters = starters;
        _lexicon = lexicon;
        _countries = countries;
        _phrases = phrases;
        _text = text;
    }

    public void Scan(IReadOnlyList<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            _sentence = sentence.Index;
            if (_firstParagraph < 0) _firstParagraph = sentence.Paragraph;
            _tokens = sentence.Tokens;
            _keys = sentence.Keys;
            if (sentence.Paragraph != _paragraph)
            {
                _paragraph = sentence.Paragraph;
                _paragraphCountry = LeadingCountry();
            }
            var i = 0;
            _lastNameEnd = -1;
            while (i < _keys.Length)
            {
                if (_keys[i] is not { } key) { i++; continue; }
                var group = TryGroupPattern(i);
                if (group > i) { _lastNameEnd = group; i = group; continue; }
                if (!_starters.Contains(key)) { i++; continue; }
                var end = TryNamed(i);
                if (end < 0) end = TryStateWord(i);
                if (end > i) _lastNameEnd = end;
                else end = TryGeneric(i);
                i = end > i ? end : i + 1;
            }
        }
    }

    private int TryNamed(int i)
    {
        var end = _lexicon.Names.Match(_keys, i, this, static (self, a, s, e) => self.Accepts(a, s, e), out var entries);
        if (end < 0) return -1;
        List<AliasEntry>? accepted = null;
        foreach (var a in entries!)
            if (Accepts(a, i, end)) (accepted ??= []).Add(a);
        Add(i, end, MentionKind.Named, null, accepted);
        return end;
    }

    // a name written capitalised in the lexicon must be capitalised in the text ("Fano", not "fano"); abbreviations match as written
    private bool Accepts(AliasEntry alias, int start, int end)
    {
        if (alias.ExactCase is { } exact) return ActorKeys.SameLetters(_text, _tokens, start, end, exact);
        return !alias.Capitalized || !char.IsLower(_text[_tokens[start].Span.Start]);
    }

    private int TryGeneric(int i)
    {
        var end = _phrases.Match(_keys, i, PhraseContext.Generic, out var phrase);
        if (end < 0 || !GenericAllowed(phrase!, i, end)) return -1;
        Add(i, end, phrase!.Kind, _paragraphCountry);
        return end;
    }

    /// <summary>"In neighbouring Niger, the junta said...": a paragraph that opens on a country is about that country.</summary>
    private string? LeadingCountry()
    {
        if (_keys.Length < 3 || _keys[0] != "in") return null;
        for (var i = 1; i < Math.Min(4, _keys.Length); i++)
        {
            var end = _countries.Words.Match(_keys, i, this, static (self, w, s, e) => self.Accepts(w, s, e), out var words);
            if (end < 0) continue;
            if (end < _keys.Length && _keys[end] == "," && words!.Any(w => w.Kind is StateWordKind.Country or StateWordKind.City))
                return words!.First(w => w.Kind is StateWordKind.Country or StateWordKind.City).Country;
            return null;
        }
        return null;
    }

    private bool GenericAllowed(Phrase phrase, int start, int end)
    {
        // the token right before, not the previous word: after a dash or a comma the noun starts afresh
        var p = start - 1;
        if (p >= 0 && _keys[p] is { } prev)
        {
            // "Hamas militants", "Arakan Army": the noun belongs to the name before it, known or not
            if (p == _lastNameEnd - 1) return false;
            if (prev != "the" && p > 0 && _tokens[p].IsCapitalized(_text) && _tokens[p - 1].Kind != TokenKind.Quote) return false;
            if (WordLists.PossessiveWords.Contains(prev)) return false;
        }
        if (phrase.Guard.HasFlag(PhraseGuard.AfterThe) && (p < 0 || _keys[p] != "the")) return false;
        if (phrase.Guard.HasFlag(PhraseGuard.BeforeVerb) && !VerbOrBoundaryAt(end)) return false;
        return true;
    }

    private bool VerbOrBoundaryAt(int j)
    {
        while (j < _keys.Length && _keys[j] is { } a && WordLists.Adverbs.Contains(a)) j++;
        if (j >= _keys.Length) return true;
        var t = _tokens[j];
        return t.Kind is TokenKind.Punct or TokenKind.Quote || _keys[j] == "and" || (_keys[j] is { } k && WordLists.ActVerbs.Contains(k));
    }

    private int Previous(int i)
    {
        for (var p = i - 1; p >= 0; p--)
            if (_keys[p] is not null) return p;
        return -1;
    }

    private void Add(int start, int end, MentionKind kind, string? country, IReadOnlyList<AliasEntry>? named = null, string? label = null) =>
        Mentions.Add(new RawMention(new TextSpan(_tokens[start].Span.Start, _tokens[end - 1].Span.End), kind, country, named, label));

    private void Count(StateWord word, int token)
    {
        if (word.Country.Length == 0) return;
        if (word.Kind is StateWordKind.Demonym or StateWordKind.Leader) { Add(DemonymCounts, word.Country, 1); return; }
        // "BEIRUT (Reuters) -": the dateline says where the story is, and the lead paragraph more than the rest
        var dateline = _sentence == 0 && token <= 2 && IsAllCaps(_tokens[token].Span);
        Add(PlaceCounts, word.Country, dateline ? 4 : _paragraph == _firstParagraph ? 2 : 1);
    }

    private bool IsAllCaps(TextSpan span)
    {
        for (var c = span.Start; c < span.End; c++)
            if (char.IsLower(_text[c])) return false;
        return span.Length > 1;
    }

    private static void Add(List<(string Country, int Count)> counts, string country, int weight)
    {
        for (var i = 0; i < counts.Count; i++)
            if (counts[i].Country == country) { counts[i] = (country, counts[i].Count + weight); return; }
        counts.Add((country, weight));
    }
}
