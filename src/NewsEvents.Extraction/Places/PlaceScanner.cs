using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// First pass: finds gazetteer names (longest match first, on word keys, hyphens and Arabic article variants folded)
/// and the capitalised runs the gazetteer lacks, and counts demonyms as votes for the article's country.
/// </summary>
internal sealed class PlaceScanner(Gazetteer gazetteer, PlaceWords words)
{
    private const int MaxRunWords = 5;

    public List<Mention> Scan(AnalyzedText text, Dictionary<string, double> countryVotes)
    {
        var mentions = new List<Mention>();
        Span<char> buffer = stackalloc char[160];
        var v = new WordView();
        foreach (var sentence in text.Sentences)
        {
            var toks = sentence.Tokens;
            v.Load(text.Text, toks);
            int runStart = -1, runEnd = -1;
            var i = 0;
            while (i < v.Count)
            {
                // "Kafr Halab" is a village, not Kafr + Aleppo: a run opened by a place-name prefix absorbs what follows
                var prefixRun = runStart >= 0 && v.Keys[runStart] is { } first && words.Prefixes.Contains(first);
                if (!prefixRun && CanStart(v, i))
                {
                    var (end, ids, key) = Longest(v, i, buffer);
                    // "Tal Qarmaziyya": a lone prefix word that heads a longer capitalised name is not the place "Tal"
                    if (ids is not null && end == i + 1 && words.Prefixes.Contains(key!) && NextWordCapitalized(v, i)) ids = null;
                    // "Bab al-Hawa" is one name, not Al Bab followed by something
                    if (ids is not null && ArticleContinues(v, end)) ids = null;
                    if (ids is not null)
                    {
                        Flush(v, sentence, ref runStart, runEnd, mentions);
                        mentions.Add(new Mention(sentence.Index, i, end, Cover(toks, i, end), key!, ids));
                        i = end;
                        continue;
                    }
                }
                var wk = v.Keys[i];
                if (v.Caps[i])
                {
                    Vote(wk!, countryVotes);
                    if (runStart < 0) runStart = i;
                    runEnd = i + 1;
                    if (runEnd - runStart > MaxRunWords * 2) runStart = -1;
                }
                else if (runStart >= 0 && !(IsJoiner(v, i) && NextWordCapitalized(v, i)))
                    Flush(v, sentence, ref runStart, runEnd, mentions);
                else if (runStart < 0 && wk is "al" or "el" && NextWordCapitalized(v, i))
                {
                    runStart = i;
                    runEnd = i + 1;
                }
                i++;
            }
            Flush(v, sentence, ref runStart, runEnd, mentions);
        }
        return mentions;
    }

    // "Birtaymun and Hazmarqa" are two places: runs join over hyphens and name particles, not over "and", "of", "the"
    private static bool ArticleContinues(WordView v, int k) =>
        k + 2 < v.Count && v.Keys[k] is "al" or "el" && v.Hyphens[k + 1] && v.CapAt(k + 2);

    private bool IsJoiner(WordView v, int i) =>
        v.Hyphens[i] || (v.Keys[i] is { } wk && words.Connectors.Contains(wk)
                         // English words between two names ("the Taliban at Zorkot") part them; written as articles they are hyphenated
                         && wk is not ("and" or "of" or "the" or "y" or "e" or "at" or "as" or "an" or "en" or "es" or "et" or "ed" or "er"));

    private static bool NextWordCapitalized(WordView v, int i)
    {
        var j = i + 1;
        if (j < v.Count && v.Hyphens[j]) j++;
        return v.CapAt(j);
    }

    private void Vote(string wk, Dictionary<string, double> votes)
    {
        var demonyms = gazetteer.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (demonyms.TryGetValue(wk, out var cc) || (wk.EndsWith('s') && demonyms.TryGetValue(wk.AsSpan(0, wk.Length - 1), out cc)))
            votes[cc] = votes.GetValueOrDefault(cc) + 1;
    }

    private void Flush(WordView v, Sentence sentence, ref int runStart, int runEnd, List<Mention> mentions)
    {
        if (runStart < 0) return;
        // "The Bab al-Hawa crossing", "In Mhardeh": a capitalised common word that opens the sentence (or a quote or a
        // bracket) is not part of the name. Inside a sentence its capital says it is: "in New Bormo", "near Old Kilo".
        while (runStart < runEnd && (v.Hyphens[runStart] || v.Keys[runStart] is { } w && words.Stop.Contains(w) && !words.Prefixes.Contains(w) && w is not ("al" or "el")
                                     && PlaceTokens.CapitalByPosition(sentence.Tokens, runStart)))
            runStart++;
        if (runStart >= runEnd) { runStart = -1; return; }
        var sb = new System.Text.StringBuilder();
        for (var k = runStart; k < runEnd; k++)
        {
            if (v.Keys[k] is not { } wk) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(wk);
        }
        mentions.Add(new Mention(sentence.Index, runStart, runEnd, Cover(sentence.Tokens, runStart, runEnd), NameKey.Exact(sb.ToString()), null));
        runStart = -1;
    }

    private static bool CanStart(WordView v, int i) =>
        v.Caps[i] || (v.Keys[i] is "al" or "el" && i + 2 < v.Count && v.Hyphens[i + 1] && v.CapAt(i + 2));

    /// <summary>The longest gazetteer name starting at token <paramref name="i"/>: its end token, entries and key.</summary>
    private (int End, int[]? Ids, string? Key) Longest(WordView v, int i, Span<char> buffer)
    {
        int len = 0, count = 0, j = i, bestEnd = -1, node = TokenTrie<int>.Root;
        int[]? bestIds = null;
        string? bestKey = null;
        while (j < v.Count && count < gazetteer.MaxWords)
        {
            if (v.Keys[j] is not { } wk) break;
            var cap = v.Caps[j];
            if (!cap && !words.Connectors.Contains(wk)) break;
            var next = j + 1;
            var hyphen = next < v.Count && v.Hyphens[next];
            if (hyphen) next++;
            var part = NameKey.IsArticle(wk, next < v.Count ? v.Keys[next] : null, hyphen) ? "al" : wk;
            if (len + part.Length + 1 > buffer.Length) break;
            if (len > 0) buffer[len++] = ' ';
            part.AsSpan().CopyTo(buffer[len..]);
            len += part.Length;
            count++;
            // one step down the trie per word: the walk ends where no name goes on
            if ((node = gazetteer.Exact.Next(node, part)) < 0) break;
            if (cap && part != "al" && gazetteer.Exact.HasValues(node))
            {
                bestEnd = j + 1;
                bestIds = gazetteer.Exact.ValuesOf(node);
                bestKey = buffer[..len].ToString();
            }
            j = hyphen ? j + 2 : j + 1;
        }
        return (bestEnd, bestIds, bestKey);
    }

    public static TextSpan Cover(IReadOnlyList<Token> toks, int start, int end) => new(toks[start].Span.Start, toks[end - 1].Span.End);
}
