using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Where the doers and the done-to stand around a trigger, read from word order alone: the subject before the verb does it
/// ("gunmen | attacked | a village"), unless the verb is passive ("a policeman | was shot | by militants"), when the subject
/// suffers it and the "by" phrase does it. Tokens are sentence indexes; the clause runs to the nearest comma, semicolon or
/// subordinator on either side.
/// </summary>
internal readonly record struct Clause(int SubjectStart, int First, int Last, int ObjectEnd, bool Passive, int By, int ByEnd)
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
        if (By >= 0 && k > By && k <= ByEnd) return Doer;
        if (k < First) return k >= SubjectStart ? (Passive ? Target : Doer) : Outside;
        if (k <= Last || k > ObjectEnd) return Outside;
        return Passive || By >= 0 && k > By ? Outside : Target;
    }

    /// <param name="transitive">The trigger is a verb done to someone ("killed", "abducted"): only such a bare participle can be a passive.</param>
    /// <param name="previousAct">The last token of another act told before the trigger in the sentence, or -1.</param>
    public static Clause Of(IReadOnlyList<Token> tokens, int first, int last, bool transitive = true, int previousAct = -1)
    {
        var passive = IsPassive(tokens, first, last, transitive);
        // "militants attacked the village, and a farmer was killed": the one who suffers a passive told after another act
        // stands after the word that joins the two, not among that act's doers and objects
        var floor = -1;
        if (passive && previousAct >= 0)
            for (var k = first - 1; k > previousAct; k--)
                if (tokens[k].Norm is "and" or ",") { floor = k; break; }
        var start = first;
        // a trigger a preposition governs has no subject to look back for
        var reach = ObjectOfPreposition(tokens, first) ? first : Math.Max(0, first - Reach);
        for (var k = first - 1; k >= reach && k > floor; k--)
        {
            var norm = tokens[k].Norm;
            // "militants who attacked": the relative pronoun's antecedent is the subject;
            // "one man, a shopkeeper, was shot": the subject of a passive runs over its apposition
            if (norm is "who" or "that" || passive && norm == ",") continue;
            if (Boundaries.Contains(norm)) break;
            start = k;
        }
        var end = last;
        for (var k = last + 1; k < Math.Min(tokens.Count, last + 1 + Reach); k++)
        {
            var norm = tokens[k].Norm;
            if (Boundaries.Contains(norm) || RelativePronouns.Contains(norm)) break;
            end = k;
        }
        // "was shot outside the market in Ward 12, Block 4 by masked men": a passive's agent may come after a comma
        var (by, byEnd) = (-1, -1);
        for (var k = last + 1; k < Math.Min(tokens.Count, last + 1 + 2 * Reach); k++)
        {
            var norm = tokens[k].Norm;
            if (norm is "." or ";" || norm != "," && Boundaries.Contains(norm) || k > end && !passive) break;
            if (norm != "by") continue;
            by = k;
            byEnd = k;
            while (byEnd + 1 < tokens.Count && byEnd - k < Reach && !Boundaries.Contains(tokens[byEnd + 1].Norm) && !RelativePronouns.Contains(tokens[byEnd + 1].Norm)) byEnd++;
            break;
        }
        return new Clause(start, first, last, end, passive, by, byEnd);
    }

    // "three herders were hurt during a night raid", "died amid clashes between clans": a trigger that a preposition governs
    // is a noun with no subject of its own, and what stands before the preposition neither does it nor suffers it
    private static bool ObjectOfPreposition(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        while (k >= 0 && tokens[k].Kind == TokenKind.Quote) k--;
        // one modifier between: "a failed raid", "the deadly clash", "two attacks"
        if (k >= 0 && (tokens[k].Kind == TokenKind.Number || NumberWords.Contains(tokens[k].Norm) || Modifier(tokens[k].Norm))) k--;
        while (k >= 0 && tokens[k].Kind == TokenKind.Quote) k--;
        if (k >= 0 && Determiners.Contains(tokens[k].Norm)) k--;
        return k >= 0 && Prepositions.Contains(tokens[k].Norm);
    }

    private static bool Modifier(string norm) => norm.Length > 4 && (norm.EndsWith("ed", StringComparison.Ordinal) || norm.EndsWith("ing", StringComparison.Ordinal) || norm.EndsWith("ly", StringComparison.Ordinal));

    private static readonly HashSet<string> Determiners = ["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "another"];

    private static readonly HashSet<string> Prepositions = ["in", "during", "amid", "amidst", "of", "from", "by", "following", "for"];

    // "was shot", "were reportedly killed", "had been abducted": an auxiliary of the passive within three words before the verb
    // (or before the verb it is joined to: "was dragged from the car and stabbed to death"); or a participle with no object
    // after it: "the three men killed in the car", "Two killed and two injured".
    private static bool IsPassive(IReadOnlyList<Token> tokens, int first, int last, bool transitive)
    {
        // "were shooting" is progressive, not passive
        if (tokens[first].Norm.EndsWith("ing", StringComparison.Ordinal)) return false;
        // a trigger that holds its own auxiliary: "was found dead"
        if (transitive && first < last && Auxiliaries.Contains(tokens[first].Norm) && Participle(tokens[first + 1].Norm)) return true;
        for (var k = first - 1; k >= Math.Max(0, first - 4); k--)
        {
            var norm = tokens[k].Norm;
            if (Auxiliaries.Contains(norm)) return true;
            if (!Adverbs.Contains(norm)) break;
        }
        if (first > 0 && tokens[first - 1].Norm == "and" && Participle(tokens[last].Norm))
            for (var k = first - 2; k >= Math.Max(0, first - 9); k--)
            {
                if (Boundaries.Contains(tokens[k].Norm)) break;
                // (an auxiliary of a verb: "IS militants captured and killed" names the Islamic State, it is no "is")
                if (Auxiliaries.Contains(tokens[k].Norm) && k + 1 < first && VerbFollows(tokens[k + 1].Norm)) return true;
            }
        if (first == 0 || !transitive || !Participle(tokens[last].Norm)) return false;
        // "Two killed": a bare count before the participle is who suffered it
        if (tokens[first - 1].Kind == TokenKind.Number || NumberWords.Contains(tokens[first - 1].Norm)) return true;
        if (last + 1 >= tokens.Count) return true;
        var next = tokens[last + 1].Norm;
        // "killed at least five" has an object
        if (next == "at" && last + 2 < tokens.Count && tokens[last + 2].Norm is "least" or "most") return false;
        // "three others injured, at dawn": a participle of a verb done to someone that the comma closes has no object
        // either ("had died," was done to no one)
        return NoObject.Contains(next) || next == "," && tokens[last].Norm is not ("died" or "dead");
    }

    private static readonly HashSet<string> NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several", "many", "scores", "hundreds"];

    private static readonly HashSet<string> NoObject = ["in", "at", "on", "near", "during", "by", "when", "while", "after", ".", ";", "outside", "inside", "as", "amid", "amidst"];

    private static bool VerbFollows(string norm) => Participle(norm) || Adverbs.Contains(norm) || Auxiliaries.Contains(norm)
        || norm.EndsWith("en", StringComparison.Ordinal) || norm.EndsWith("wn", StringComparison.Ordinal) || norm.EndsWith("ly", StringComparison.Ordinal)
        || norm is "held" or "kept" or "caught" or "led" or "brought" or "struck" or "cut" or "left" or "put" or "set" or "not" or "being";

    private static bool Participle(string norm) =>
        norm.EndsWith("ed", StringComparison.Ordinal) || norm is "shot" or "beaten" or "slain" or "hurt" or "hit" or "dead" or "stabbed" or "found";
}
