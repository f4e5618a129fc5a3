using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.People;

/// <summary>The title or role written right before a name: "Kremlin spokesman", "Iranian Foreign Minister", "Lt Col", "Mr".</summary>
internal sealed class RolePrefix(PersonLexicon lexicon)
{
    private const int MaxRoleTokens = 9;

    // Walks back from the name over a role that ends right before it ("Kremlin spokesman", "Gen."): role nouns, titles,
    // capitalised words, "'s", "of", and a few modifiers.
    public int Start(string text, IReadOnlyList<Token> tokens, int nameFirst)
    {
        if (nameFirst == 0) return nameFirst;
        var before = tokens[nameFirst - 1];
        var titled = lexicon.IsTitle(before.Norm) || lexicon.IsRole(before.Norm)
            || before.Norm == "." && nameFirst > 1 && lexicon.IsTitle(tokens[nameFirst - 2].Norm);
        if (!titled) return nameFirst;
        var start = nameFirst - 1;
        for (var k = nameFirst - 2; k >= 0 && nameFirst - k <= MaxRoleTokens; k--)
        {
            var t = tokens[k];
            var n = t.Norm;
            var ok = lexicon.IsTitle(n) || lexicon.IsRole(n) || n == "'s" || t.IsHyphen || NameWords.RoleModifiers.Contains(n)
                || n == "." && k > 0 && lexicon.IsTitle(tokens[k - 1].Norm)
                || t.IsWord && (NameScanner.IsCap(text, t) || NameScanner.IsAcronym(text, t)) && !NameWords.FunctionWords.Contains(n) && !NameWords.Calendar.Contains(n)
                || n is "of" or "for" && k > 0 && (NameScanner.IsCap(text, tokens[k - 1]) || lexicon.IsRole(tokens[k - 1].Norm));
            if (!ok) break;
            start = k;
        }
        return TrimRoleStart(tokens, start, nameFirst);
    }

    private static int TrimRoleStart(IReadOnlyList<Token> tokens, int start, int nameFirst)
    {
        while (start < nameFirst && (tokens[start].Norm is "of" or "for" or "'s" || tokens[start].IsHyphen)) start++;
        return start;
    }

    public static readonly HashSet<string> SoftTitles = ["sheikh", "shaikh", "imam", "mullah", "ayatollah", "."];

    public static bool AllIn(IReadOnlyList<Token> tokens, int from, int to, HashSet<string> words)
    {
        for (var k = from; k <= to; k++)
            if (!words.Contains(tokens[k].Norm)) return false;
        return true;
    }

    public bool AllHonorific(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k <= to; k++)
            if (tokens[k].Norm != "." && !lexicon.IsHonorific(tokens[k].Norm)) return false;
        return true;
    }
}
