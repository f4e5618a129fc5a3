using System.Collections.Frozen;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>What a counted noun phrase is about.</summary>
public enum HeadClass
{
    /// <summary>No noun: "hundreds have been killed", "killed 27 on Friday".</summary>
    None,
    /// <summary>A group of people: "civilians", "militia fighters", "Palestinians".</summary>
    Victim,
    /// <summary>The noun names the harm: "casualties", "deaths", "dead".</summary>
    Harm,
    /// <summary>Never a toll: time, places, weapons, strikes, measures.</summary>
    Thing,
    /// <summary>An unknown common noun ("cattle") or a relative pronoun ("many of whom"): not counted.</summary>
    Unknown,
}

/// <summary>The noun phrase after a quantity ("of the militia fighters"): its head class and the tokens of the group.</summary>
/// <param name="ModStart">First token of the group (after "of the").</param>
/// <param name="End">Token just past the head.</param>
/// <param name="HeadAt">For a harm head, its index: the words before it are the victims ("civilian casualties").</param>
public readonly record struct NounPhrase(HeadClass Head, int ModStart, int End, string? HarmKind, int HeadAt = -1, bool Combatant = false)
{
    private static readonly FrozenSet<string> Determiners = new[] { "the", "those", "these", "his", "her", "their", "its", "our", "them" }.ToFrozenSet();

    // Words that end a counted phrase: function words and verbs that start the rest of the clause
    private static readonly FrozenSet<string> Stops = new[]
    {
        "in", "on", "at", "across", "near", "during", "since", "over", "after", "before", "from", "with", "by", "when", "while",
        "as", "to", "for", "into", "and", "or", "but", "of", "who", "that", "which", "whom", "including", "among", "mostly",
        "mainly", "were", "was", "have", "has", "had", "are", "is", "be", "been", "being", "will", "would", "may", "might",
        "could", "can", "should", "must", "the", "a", "an", "their", "his", "her", "its", "this", "these", "those", "there",
        "said", "say", "says", "according", "reportedly", "also", "all", "each", "overnight", "yesterday", "today", "ago",
        "under", "aged", "below", "above",
    }.ToFrozenSet();

    public static NounPhrase Parse(string text, IReadOnlyList<Token> toks, int i, TollLexicon lex)
    {
        var j = i;
        var partitive = false;
        if (j < toks.Count && toks[j].Norm == "of")
        {
            j++;
            if (j < toks.Count && toks[j].Norm is "whom" or "which") return new(HeadClass.Unknown, j, j + 1, null);
            if (j < toks.Count && Determiners.Contains(toks[j].Norm)) { j++; partitive = true; }
            if (toks[j - 1].Norm == "them") return new(HeadClass.None, j, j, null);
        }
        // the army killed 30 "terrorists": scare quotes around the group
        if (j < toks.Count && toks[j].Kind == TokenKind.Quote) j++;
        // "dozens more wounded", "a further 12 people": not part of the group
        if (j < toks.Count && toks[j].Norm is "more" or "further" or "additional") j++;
        // "a 15-year-old boy": the age describes the group
        if (j + 5 < toks.Count && toks[j].IsNumber && toks[j + 1].IsHyphen && toks[j + 2].Norm is "year" or "month"
            && toks[j + 3].IsHyphen && toks[j + 4].Norm == "old") j += 5;
        int lastVictim = -1, lastCap = -1, lastPlain = -1, lastObject = -1, k = j;
        for (; k < toks.Count && k < j + 5; k++)
        {
            var t = toks[k];
            if (t.IsHyphen) continue;
            var cls = ClassOf(lex, t.Norm) ?? (t.Norm is "may" or "march" && t.IsCapitalized(text) ? "thing" : null);
            if (cls == "thing")
                return lastVictim >= 0 ? Victim(j, lastVictim, toks, lex) : new(HeadClass.Thing, j, k + 1, null);
            if (cls is "victim" or "combatant")
            {
                // "armoured personnel carriers": a compound that names a thing, whatever its last word names alone
                if (lex.ThingCompoundStart(toks, k) is var compound && compound >= j)
                {
                    lastObject = k;
                    if (lastVictim >= compound) lastVictim = -1;
                }
                else lastVictim = k;
                continue;
            }
            if (cls is not null && cls.StartsWith("harm:", StringComparison.Ordinal))
                // "two of the wounded" picks people out of a toll already counted
                return partitive ? new(HeadClass.Unknown, j, k + 1, null) : HarmHead(toks, j, k, cls[5..], lex);
            if (Stops.Contains(t.Norm) || lex.HarmStarts.Contains(t.Norm) || !t.IsWord) break;
            if (t.IsCapitalized(text)) lastCap = k;
            else if (lex.IsObject(t.Norm)) lastObject = k; // "trucks", unless a group follows: "truck drivers"
            else lastPlain = k;
        }
        if (lastVictim >= 0) return Victim(j, Coordinated(toks, lastVictim, lex), toks, lex);
        if (lastObject >= 0 && lastObject > lastCap) return new(HeadClass.Thing, j, lastObject + 1, null);
        if (lastCap >= 0 && lastPlain < lastCap) return Victim(j, lastCap, toks, lex);
        if (k == j) return new(HeadClass.None, j, j, null);
        return new(HeadClass.Unknown, j, k, null);
    }

    // "men and boys", "women and children": one group joined by "and" with no figure of its own
    private static int Coordinated(IReadOnlyList<Token> toks, int head, TollLexicon lex)
    {
        if (head + 2 >= toks.Count || toks[head + 1].Norm is not ("and" or "or") || NumberParser.Parse(toks, head + 2) is not null) return head;
        if (IsGroup(lex, toks[head + 2].Norm)) return head + 2;
        return head + 3 < toks.Count && toks[head + 2].IsWord && !Stops.Contains(toks[head + 2].Norm)
            && IsGroup(lex, toks[head + 3].Norm) ? head + 3 : head;
    }

    public static bool IsGroup(TollLexicon lex, string norm) => ClassOf(lex, norm) is "victim" or "combatant";

    // a function word that ends the phrase is no noun, whatever WordNet says ("have" is a rich person there)
    private static string? ClassOf(TollLexicon lex, string norm) =>
        lex.Nouns.TryGetValue(norm, out var listed) ? listed : Stops.Contains(norm) ? null : lex.NounClass(norm);

    private static NounPhrase Victim(int start, int head, IReadOnlyList<Token> toks, TollLexicon lex) =>
        new(HeadClass.Victim, start, head + 1, null, Combatant: ClassOf(lex, toks[head].Norm) == "combatant");

    /// <summary>A head naming one person ("soldier", "Palestinian"), not a group ("police", "children", "crew").</summary>
    public static bool IsSingular(string norm) =>
        !norm.EndsWith('s') && norm is not ("people" or "children" or "women" or "men" or "police" or "personnel" or "staff" or "crew" or "elderly");

    // "dead and wounded", "killed or injured": two harm nouns joined say both harms (not "one fatality and injuries to 14
    // others", where the second counts a group of its own)
    private static NounPhrase HarmHead(IReadOnlyList<Token> toks, int start, int k, string kind, TollLexicon lex)
    {
        if (k + 2 < toks.Count && toks[k + 1].Norm is "and" or "or"
            && ClassOf(lex, toks[k + 2].Norm) is { } other && other.StartsWith("harm:", StringComparison.Ordinal)
            && !(k + 3 < toks.Count && toks[k + 3].Norm is "to" or "of" && NumberParser.Parse(toks, k + 4) is not null))
            return new(HeadClass.Harm, start, k + 3, TollKinds.Combine(kind, other[5..]), k);
        return new(HeadClass.Harm, start, k + 1, kind, k);
    }
}
