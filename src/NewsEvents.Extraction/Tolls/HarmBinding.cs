using System.Collections.Frozen;
using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// The ways a harm binds to a counted group: a harm phrase before the figure, a toll noun governing it, or a harm
/// after the group and its auxiliaries. Each returns the toll kind or null.
/// </summary>
public sealed class HarmBinding(TollLexicon lex)
{
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "were", "was", "have", "has", "had", "been", "are", "is", "be", "being", "reportedly", "reported", "believed", "thought",
        "feared", "presumed", "said", "confirmed", "known", "to", "also", "already", "all", "now", "still", "remain", "remained",
        "remains", "went", "later", "allegedly", "officially", "may", "might", "could", "likely", "either", "since",
        "seriously", "critically", "severely", "badly", "lightly", "slightly", "fatally", "mortally", "gravely",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Days = new[] { "yesterday", "today", "overnight" }.ToFrozenSet();

    private static readonly FrozenSet<string> Passive = new[] { "were", "was", "been", "are", "is", "be", "being", "remain", "remained", "remains", "went" }.ToFrozenSet();

    // The word just before a figure that a toll noun governs: "rose to 40", "stands at 40", "a toll of 40", "reached 40"
    private static readonly FrozenSet<string> TollLinks = new[]
    {
        "to", "at", "of", "reached", "hit", "is", "was", "passed", "surpassed", "exceeded", "topped", "stands", "stood",
    }.ToFrozenSet();

    // "killed 27", "killing and wounding hundreds", "forced 3,000 families to flee"
    public string? Before(IReadOnlyList<Token> toks, Quantity q, NounPhrase np, ref int start)
    {
        // "killed all 40 passengers", "killed its four occupants"
        var gap = q.First > 0 && toks[q.First - 1].Norm is "all" or "its" or "their" or "the" ? 1 : 0;
        foreach (var (phraseStart, p) in lex.TriggersEndingAt(toks, q.First - gap))
        {
            var s = phraseStart;
            if (p.Tails.Length > 0 && !HasTail(toks, np, p)) continue;
            if (p.Kind == "captured" && np.Head != HeadClass.Victim) continue; // "captured 12 villages" is territory
            var kind = p.Kind;
            if (s >= 2 && toks[s - 1].Norm is "and" or "or" && lex.TriggerEndingAt(toks, s - 1, out var s2) is { } first)
            {
                kind = TollKinds.Combine(first.Kind, kind);
                s = s2;
            }
            start = s;
            return kind;
        }
        return null;
    }

    // "forced 3,000 families to flee"; "took 251 hostages" ends in its tail word; "forced 2,000 residents of two
    // villages to flee": an of- or from-phrase may say whose the group is before the tail
    private static bool HasTail(IReadOnlyList<Token> toks, NounPhrase np, HarmPhrase p)
    {
        foreach (var tail in p.Tails)
        {
            if (NumberParser.Matches(toks, np.End, tail)
                || (np.End > 0 && tail.Length == 1 && toks[np.End - 1].Norm.StartsWith(tail[0], StringComparison.Ordinal)))
                return true;
            if (tail.Length < 2 || np.End >= toks.Count || toks[np.End].Norm is not ("of" or "from")) continue;
            for (var k = np.End + 2; k < Math.Min(toks.Count, np.End + 8) && toks[k - 1].Kind != TokenKind.Punct; k++)
                if (NumberParser.Matches(toks, k, tail)) return true;
        }
        return false;
    }

    // "the death toll in Gaza climbed to at least 112", "a toll of 12", "the number of people killed has risen to 40"
    public string? TollNounBefore(IReadOnlyList<Token> toks, int first, ref int start)
    {
        if (first == 0 || !TollLinks.Contains(toks[first - 1].Norm)) return null;
        // "toll" may stand far before its figure, its where and when between them ("the death toll from Thursday's attack on
        // a hotel in the capital has risen to 6"); a tally's harm word stands near it
        for (var k = first - 1; k >= 0 && k >= first - 24; k--)
        {
            var norm = toks[k].Norm;
            if (norm == "toll")
            {
                var before = k > 0 ? toks[k - 1].Norm : "";
                start = before is "death" or "casualty" or "injury" ? k - 1 : k;
                return before == "casualty" ? TollKinds.KilledOrInjured : before == "injury" ? TollKinds.Injured : TollKinds.Killed;
            }
            if (k >= first - 8 && HarmWord(norm) is { } kind)
                for (var m = k - 1; m >= 0 && m >= k - 4; m--)
                    if (toks[m].Norm is "number" or "tally")
                    {
                        start = m;
                        return kind;
                    }
            if (toks[k].Kind is not TokenKind.Word && !toks[k].IsHyphen) return null;
        }
        return null;
    }

    private string? HarmWord(string norm)
    {
        if (lex.NounClass(norm) is { } cls && cls.StartsWith("harm:", StringComparison.Ordinal)) return cls[5..];
        return lex.OutcomeWord(norm);
    }

    // "27 civilians were killed", "dozens are feared to have been killed or wounded", "12 people missing"
    public string? After(string text, IReadOnlyList<Token> toks, int pos, out int end)
    {
        end = pos;
        var passive = false;
        // "three soldiers and two civilians were killed": the harm comes after the last conjunct
        // ("14 herders and a guard were killed": the last may be one person, counted by its article)
        while (pos + 1 < toks.Count && toks[pos].Norm is "and" or "," && ConjunctStart(toks, pos + 1) is var next and >= 0
               && NounPhrase.Parse(text, toks, next, lex) is { Head: HeadClass.Victim } conjunct)
            pos = conjunct.End;
        var k = pos;
        var limit = pos + 6;
        while (k < toks.Count && k < limit)
        {
            // "six villagers were on Sunday killed", "were yesterday feared killed": the day told between auxiliary and harm
            if (passive && Days.Contains(toks[k].Norm)) { k++; limit++; continue; }
            if (passive && toks[k].Norm == "on" && k + 1 < toks.Count && DateWords.Weekdays.ContainsKey(toks[k + 1].Norm)) { k += 2; limit += 2; continue; }
            if (!Auxiliaries.Contains(toks[k].Norm)) break;
            passive |= Passive.Contains(toks[k++].Norm);
        }
        if (k >= toks.Count || lex.OutcomeAt(toks, k) is not { } p) return null;
        var e = k + p.Words.Length;
        var kind = p.Kind;
        if (e + 1 < toks.Count && toks[e].Norm is "and" or "or" && lex.OutcomeAt(toks, e + 1) is { } second)
        {
            kind = TollKinds.Combine(kind, second.Kind);
            e += 1 + second.Words.Length;
        }
        if (!passive && lex.IsTransitive(p) && e < toks.Count && IsObjectStart(toks, e)) return null; // "thousands of fighters killed 12 soldiers": active
        end = e;
        return kind;
    }

    // Where the noun of a conjunct starts after its figure or its article, or -1 when it has neither.
    private static int ConjunctStart(IReadOnlyList<Token> toks, int at)
    {
        if (NumberParser.Parse(toks, at) is { } q) return q.End;
        return toks[at].Norm is "a" or "an" && at + 1 < toks.Count ? at + 1 : -1;
    }

    private bool IsObjectStart(IReadOnlyList<Token> toks, int e) =>
        toks[e].Norm is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "another" or "dozens" or "hundreds" or "scores"
        || toks[e].IsNumber || NumberWords.Units.ContainsKey(toks[e].Norm) || NumberWords.Tens.ContainsKey(toks[e].Norm)
        || NounPhrase.IsGroup(lex, toks[e].Norm);
}
