namespace NewsEvents.Extraction.Actors;

/// <summary>The rules for words that stand for a state: demonyms, country names, capitals, leaders, and ethnic adjectives.</summary>
internal sealed partial class ActorScanner
{
    private int TryStateWord(int i)
    {
        var end = MatchStateWord(i, out var word, out var place);
        if (place is not null) Count(place, i);
        if (end < 0) return -1;
        return word!.Kind switch
        {
            StateWordKind.City => end,
            StateWordKind.Ethnic => EthnicAt(word, i, end),
            StateWordKind.Leader => LeaderAt(word, i, end),
            _ => StateAt(word, i, end),
        };
    }

    private int MatchStateWord(int i, out StateWord? word) => MatchStateWord(i, out word, out _);

    /// <param name="place">The value that ties the word to a country ("Amhara" is an ethnic group and a region of Ethiopia).</param>
    private int MatchStateWord(int i, out StateWord? word, out StateWord? place)
    {
        word = place = null;
        var end = _countries.Words.Match(_keys, i, this, static (self, w, s, e) => self.Accepts(w, s, e), out var words);
        if (end < 0) return -1;
        foreach (var w in words!)
        {
            if (!Accepts(w, i, end)) continue;
            if (word is null || w.Kind < word.Kind) word = w;
            if (w.Country.Length > 0 && (place is null || w.Kind < place.Kind)) place = w;
        }
        return end;
    }

    private bool Accepts(StateWord w, int start, int end) =>
        _tokens[start].IsCapitalized(_text) && (w.ExactCase is null || ActorKeys.SameLetters(_text, _tokens, start, end, w.ExactCase));

    /// <summary>A country, demonym or capital, possibly the first of a list ("Syrian and Russian warplanes", "Russia and Iran have").</summary>
    private int StateAt(StateWord word, int i, int end)
    {
        _chain.Clear();
        _chain.Add((word, i, end));
        var k = end;
        while (word.Kind is StateWordKind.Country or StateWordKind.Demonym && _chain.Count < 5 && k < _keys.Length)
        {
            var c = k;
            if (_keys[c] == ",") c++;
            if (c < _keys.Length && _keys[c] == "and") c++;
            if (c > k && c < _keys.Length && _keys[c] == "the") c++; // "Saudi Arabia and the UAE"
            if (c == k || c >= _keys.Length) break;
            var e = MatchStateWord(c, out var next);
            // "U.S. and British warplanes": names and demonyms mix in a list
            if (e < 0 || next!.Kind is not (StateWordKind.Country or StateWordKind.Demonym)) break;
            Count(next, c);
            _chain.Add((next, c, e));
            k = e;
        }
        var pro = ProPrefix(i);

        if (k < _keys.Length && _keys[k] == "'s")
        {
            if (word.Kind == StateWordKind.Demonym) return k + 1;
            var pe = _phrases.Match(_keys, k + 1, PhraseContext.State, out var owned);
            if (pe > 0) { AddForChain(owned!.Kind, i, pe); return pe; }
            if (k + 1 < _keys.Length && _keys[k + 1] is { } n && WordLists.PossessiveGovernment.Contains(n)) AddEach(MentionKind.Government);
            return k + 1;
        }

        // a hyphen inside a word ("Iran-backed", "Britain-based"), not a dash between words ("Mexico - Gunmen")
        if (k + 1 < _keys.Length && _tokens[k].IsHyphen && _tokens[k].Span.Start == _tokens[k - 1].Span.End && _tokens[k + 1].Span.Start == _tokens[k].Span.End)
        {
            var w = _keys[k + 1];
            if (w is not null && WordLists.BackedWords.Contains(w))
            {
                var pe = _phrases.Match(_keys, k + 2, PhraseContext.Backed, out _);
                if (pe > 0) AddForChain(MentionKind.Backed, i, pe);
                else AddEach(MentionKind.Government); // "Iran-backed Hezbollah": the name follows; the backer is an actor too
                return pe > 0 ? pe : k + 2;
            }
            // "Britain-based", "Russia-Ukraine": a modifier; skip a lowercase word, let a following name be scanned
            return w is not null && char.IsLower(_text[_tokens[k + 1].Span.Start]) ? k + 2 : k;
        }

        var end2 = _phrases.Match(_keys, k, PhraseContext.State, out var phrase);
        if (end2 > 0)
        {
            if (pro < 0) AddForChain(phrase!.Kind, i, end2);
            else if (phrase!.Kind is MentionKind.Military or MentionKind.MilitiaOf or MentionKind.Militias or MentionKind.Rebels)
                AddForChain(MentionKind.Backed, pro, end2); // "pro-Iranian militias"
            return end2;
        }
        if (word.Kind == StateWordKind.Demonym || pro >= 0) return k;
        if (Acts(i, k, word.Kind == StateWordKind.Capital)) AddEach(MentionKind.Government);
        return k;
    }

    /// <summary>Whether a bare country (or capital) at [start, end) is doing something rather than being a place.</summary>
    private bool Acts(int start, int end, bool capital)
    {
        var p = Previous(start);
        if (p >= 0)
        {
            var prev = _keys[p]!;
            if (WordLists.ActorBefore.Contains(prev)) return true; // "accused Kyiv of"
            if (prev == "with") return !capital && Previous(p) is var pp && pp >= 0 && WordLists.WithActor.Contains(_keys[pp]!);
            if (WordLists.PlacePrepositions.Contains(prev)) return false;
        }
        var j = end;
        while (j < _keys.Length && _keys[j] is { } a && WordLists.Adverbs.Contains(a)) j++;
        if (j >= _keys.Length || _keys[j] is not { } next) return false;
        if (capital) return WordLists.SpeechVerbs.Contains(next);
        if (WordLists.ActVerbs.Contains(next)) return true;
        if (next == "," && j + 1 < _keys.Length) return _keys[j + 1] is "which" or "who" or "whose";
        return next == "and" && j + 2 < _keys.Length && _keys[j + 1] is "its" or "their" && WordLists.AlliesWords.Contains(_keys[j + 2]!);
    }

    /// <summary>Index of "pro" in "pro-Iranian", or -1.</summary>
    private int ProPrefix(int i) => i >= 2 && _tokens[i - 1].IsHyphen && _keys[i - 2] == "pro" ? i - 2 : -1;

    private void AddForChain(MentionKind kind, int start, int end)
    {
        if (_chain.Count == 1) { Add(start, end, kind, _chain[0].Word.Country); return; }
        foreach (var (w, s, e) in _chain) Add(s, e, kind, w.Country);
    }

    private void AddEach(MentionKind kind)
    {
        foreach (var (w, s, e) in _chain) Add(s, e, kind, w.Country);
    }

    /// <summary>"Assad's army", "Assad militia", "Hemedti's fighters": a leader's forces are the state's (or the group's) forces.</summary>
    private int LeaderAt(StateWord word, int i, int end)
    {
        var k = end < _keys.Length && _keys[end] == "'s" ? end + 1 : end;
        var pe = _phrases.Match(_keys, k, PhraseContext.State, out var phrase);
        if (pe < 0 && k < _keys.Length && _keys[k] is { } noun && WordLists.LeaderFollowers.Contains(noun))
            (pe, phrase) = (k + 1, new Phrase(MentionKind.Military, PhraseContext.State, PhraseGuard.None));
        if (pe < 0) return end;
        MentionKind? kind = phrase!.Kind switch
        {
            MentionKind.Military or MentionKind.MilitiaOf or MentionKind.Militias or MentionKind.Police or MentionKind.ProGovernmentMilitia or MentionKind.Rebels => MentionKind.Military,
            MentionKind.Government => MentionKind.Government,
            _ => null,
        };
        if (kind is null) return end;
        if (word.ActorId is { } id)
        {
            if (_lexicon[id] is not { } def) return end;
            Add(i, pe, MentionKind.Named, null, [new AliasEntry(def, null, true)]);
        }
        else Add(i, pe, kind.Value, word.Country);
        return pe;
    }

    /// <summary>"Kurdish militias", "Fulani gunmen": an ethnic militia of the dominant country.</summary>
    private int EthnicAt(StateWord word, int i, int end)
    {
        var pe = _phrases.Match(_keys, end, PhraseContext.Ethnic, out _);
        if (pe < 0) return end;
        Add(i, pe, MentionKind.Ethnic, null, null, word.Label);
        return pe;
    }
}
