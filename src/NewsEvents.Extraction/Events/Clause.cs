using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Where the doers and the done-to stand around a trigger, read from word order alone: the subject before the verb does it
/// ("gunmen | attacked | a village"), unless the verb is passive ("a policeman | was shot | by militants"), when the subject
/// suffers it and the "by" phrase does it. Tokens are sentence indexes; the clause runs to the nearest comma, semicolon or
/// subordinator on either side.
/// </summary>
internal readonly record struct Clause(int SubjectStart, int First, int Last, int ObjectEnd, bool Passive, int By)
{
    public const int Outside = 0, Doer = 1, Target = 2;

    private const int Reach = 12;

    // A relative clause after the object is about the object ("a student who had filmed their vehicle").
    private static readonly HashSet<string> RelativePronouns = ["who", "whom", "whose", "which"];

    // A speech verb ends the clause too: in "the governor said a drone hit a minibus" the governor does nothing.
    private static readonly HashSet<string> Boundaries = ["said", "says", "say", "told", "added", "stated", "according", ",", ";", ":", ".", "while", "whereas", "but", "when", "after", "before", "as", "because", "since", "although", "though", "where"];
    private static readonly HashSet<string> Auxiliaries = ["was", "were", "been", "being", "is", "are", "be", "got", "get"];
    private static readonly HashSet<string> Adverbs = ["reportedly", "allegedly", "also", "later", "then", "subsequently", "brutally", "fatally", "seriously", "critically", "severely", "badly", "all", "both", "reported", "believed", "said", "to", "have", "has", "had", "and", "shot"];

    public int RoleOf(int k)
    {
        if (k < First) return k >= SubjectStart ? (Passive ? Target : Doer) : Outside;
        if (k <= Last || k > ObjectEnd) return Outside;
        if (By >= 0 && k > By) return Doer;
        return Passive ? Outside : Target;
    }

    public static Clause Of(IReadOnlyList<Token> tokens, int first, int last)
    {
        var passive = IsPassive(tokens, first, last);
        var start = first;
        for (var k = first - 1; k >= Math.Max(0, first - Reach); k--)
        {
            var norm = tokens[k].Norm;
            // "militants who attacked": the relative pronoun's antecedent is the subject;
            // "1 civilian, a tribal elder, was killed": the subject of a passive runs over its apposition
            if (norm is "who" or "that" || passive && norm == ",") continue;
            if (Boundaries.Contains(norm)) break;
            start = k;
        }
        var end = last;
        var by = -1;
        for (var k = last + 1; k < Math.Min(tokens.Count, last + 1 + Reach); k++)
        {
            var norm = tokens[k].Norm;
            if (Boundaries.Contains(norm) || RelativePronouns.Contains(norm)) break;
            if (norm == "by" && by < 0) by = k;
            end = k;
        }
        return new Clause(start, first, last, end, passive, by);
    }

    // "was shot", "were reportedly killed", "had been abducted": an auxiliary of the passive within three words before the verb;
    // or a participle with no object after it: "the three men killed in the car", "two killed and two injured".
    private static bool IsPassive(IReadOnlyList<Token> tokens, int first, int last)
    {
        // "were shooting" is progressive, not passive
        if (tokens[first].Norm.EndsWith("ing", StringComparison.Ordinal)) return false;
        for (var k = first - 1; k >= Math.Max(0, first - 4); k--)
        {
            var norm = tokens[k].Norm;
            if (Auxiliaries.Contains(norm)) return true;
            if (!Adverbs.Contains(norm)) break;
        }
        return first > 0 && Participle(tokens[last].Norm) && (last + 1 >= tokens.Count || NoObject.Contains(tokens[last + 1].Norm));
    }

    private static readonly HashSet<string> NoObject = ["in", "at", "on", "near", "during", "by", "when", "while", "after", "and", ",", ".", ";", "outside", "inside", "as"];

    private static bool Participle(string norm) =>
        norm.EndsWith("ed", StringComparison.Ordinal) || norm is "shot" or "beaten" or "slain" or "hurt" or "hit" or "dead" or "stabbed";
}
