using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Actors;

/// <summary>
/// Groups the text names by a pattern rather than a lexicon entry: a proper name before "Gang" ("the Canaan Gang",
/// "Base 5 Secondes Gang") and a community before "community", "clan" or a militia noun ("members of the Lashari community",
/// "Garre clan militiamen"). ACLED names them "X Gang", "X Communal Militia" or, for a known ethnic group, "X Ethnic Militia".
/// </summary>
internal sealed partial class ActorScanner
{
    private static readonly HashSet<string> CommunityNouns = ["community", "communities", "clan", "clans", "subclan", "sub clan"];

    private static readonly HashSet<string> NameStopWords =
    [
        "the", "a", "an", "of", "in", "on", "at", "by", "and", "or", "for", "from", "with", "to", "members", "member", "suspected",
        "armed", "rival", "local", "unknown", "unidentified", "alleged", "presumed", "heavily", "several", "two", "three", "some",
    ];

    private const int MaxNameTokens = 4;

    /// <summary>A proper name (capitalised words or numbers) at <paramref name="i"/> followed by "gang", "community" or "clan"; the index after the mention, or -1.</summary>
    private int TryGroupPattern(int i)
    {
        if (!StartsName(i)) return -1;
        var j = i;
        while (j < _keys.Length && j - i < MaxNameTokens && (NamePart(j) || _keys[j] is null && j > i && j + 1 < _keys.Length && NamePart(j + 1))) j++;
        if (j == i || j >= _keys.Length || _keys[j] is not { } head) return -1;
        // a single capitalised word opening the sentence is as likely an ordinary word ("Armed gang members")
        if (i == 0 && j == 1 && !_tokens[j].IsCapitalized(_text)) return -1;
        var name = Name(i, j);
        if (head is "gang" or "gangs" && !LexiconGang(i, j))
        {
            if (head == "gangs") return -1; // "Canaan and Chien Mechant gangs": several names, left to the generic noun
            Add(i, j + 1, MentionKind.NamedGang, null, null, name);
            return j + 1;
        }
        if (CommunityNouns.Contains(head) || head == "sub" && j + 1 < _keys.Length && _keys[j + 1] == "clan")
        {
            if (!IsCommunityName(i, j)) return -1;
            var end = j + (head == "sub" ? 2 : 1);
            if (end < _keys.Length && _keys[end] is "members" or "militia" or "militiamen" or "militias" or "fighters" or "youths" or "men") end++;
            AddCommunity(i, j, end);
            if (head is "communities" or "clans") CoordinatedCommunity(i);
            return end;
        }
        return -1;
    }

    // "the Luo and Kalenjin communities": the name before "and" shares the plural head and is a community of its own
    private void CoordinatedCommunity(int second)
    {
        var last = second - 2;
        if (last < 0 || _keys[second - 1] != "and" || !NamePart(last)) return;
        var first = last;
        while (first > 0 && last - first + 1 < MaxNameTokens && NamePart(first - 1)) first--;
        if (_keys[first] is not { } key || NameStopWords.Contains(key) || !IsCommunityName(first, last + 1)) return;
        AddCommunity(first, last + 1, last + 1);
    }

    // "Israeli communities", "the Kenyan community": a nation's people, not a militia; a lexicon name is that actor
    private bool IsCommunityName(int start, int end) => !StartsLexiconName(start, end) && !IsStateWord(start, end);

    // The mention runs to `end`; its name, to `nameEnd`, says whether it is an ethnic group's or a community's militia.
    private void AddCommunity(int start, int nameEnd, int end) =>
        Add(start, end, IsEthnic(start, nameEnd) ? MentionKind.Ethnic : MentionKind.Communal, null, null, Name(start, nameEnd));

    private bool StartsName(int i) =>
        _keys[i] is { } key && !NameStopWords.Contains(key) && (_tokens[i].IsCapitalized(_text) || _tokens[i].IsNumber)
        && (i == 0 || !_tokens[i - 1].IsCapitalized(_text) || _keys[i - 1] is { } prev && NameStopWords.Contains(prev));

    private bool NamePart(int j) =>
        _keys[j] is { } key && key != "gang" && !CommunityNouns.Contains(key) && (_tokens[j].IsCapitalized(_text) || _tokens[j].IsNumber);

    private string Name(int start, int end) => _text[_tokens[start].Span.Start.._tokens[end - 1].Span.End];

    private bool StartsLexiconName(int start, int end) =>
        _lexicon.Names.Match(_keys, start, this, static (self, a, s, e) => self.Accepts(a, s, e), out _) is var e && e >= end;

    // "Viv Ansanm gang": a gang of the lexicon is that actor, which carries its own ACLED name; "Taliban Gang" is not the Taliban.
    private bool LexiconGang(int start, int end) =>
        _lexicon.Names.Match(_keys, start, this, static (self, a, s, e) => self.Accepts(a, s, e), out var names) >= end
        && names!.Any(a => a.Actor.Type == "political_militia");

    private bool IsStateWord(int start, int end)
    {
        var e = _countries.Words.Match(_keys, start, this, static (self, w, s, e) => self.Accepts(w, s, e), out var words);
        return e == end && words!.Any(w => w.Kind is StateWordKind.Country or StateWordKind.Demonym or StateWordKind.Capital or StateWordKind.City);
    }

    private bool IsEthnic(int start, int end)
    {
        var e = _countries.Words.Match(_keys, start, this, static (self, w, s, e) => self.Accepts(w, s, e), out var words);
        return e == end && words!.Any(w => w.Kind == StateWordKind.Ethnic);
    }
}
