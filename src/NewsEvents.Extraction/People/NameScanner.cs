using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.People;

/// <summary>
/// Finds capitalised runs in a sentence that may be names, splitting off a title prefix ("Iranian Foreign Minister")
/// and reading the role around them. Tokens inside place and actor spans never belong to a name.
/// </summary>
internal sealed class NameScanner(PersonLexicon lexicon)
{
    private readonly RolePrefix _roles = new(lexicon);

    public void Scan(string text, Sentence sentence, bool[] taken, List<NameCandidate> into)
    {
        var tokens = sentence.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(text, tokens, i, taken)) { i++; continue; }
            var end = i;
            while (end + 1 < tokens.Count && Continues(text, tokens, end + 1, taken)) end++;
            while (end > i && (tokens[end].IsHyphen || NameWords.Particles.Contains(tokens[end].Norm) && !IsCap(text, tokens[end]))) end--;
            // "pro-Trump", "Assad-controlled": a name inside a compound word is not a mention of the person
            if (!GluedToLowerWord(text, tokens, i - 1, -1) && !GluedToLowerWord(text, tokens, end + 1, 1)) AddRun(text, sentence, i, end, taken, into);
            i = end + 1;
        }
    }

    private void AddRun(string text, Sentence sentence, int first, int last, bool[] taken, List<NameCandidate> into)
    {
        var tokens = sentence.Tokens;
        while (first <= last && NameWords.FunctionWords.Contains(tokens[first].Norm)) first++;
        // The name starts after the last title, org word or demonym of the run, unless a given name comes before it ("Hassan Sheikh Mohamud").
        var split = -1;
        for (var k = first; k <= last; k++)
        {
            var n = tokens[k].Norm;
            if (lexicon.GivenNames.Contains(n)) break;
            if (lexicon.IsTitle(n) || NameWords.OrgWords.Contains(n) || lexicon.Demonyms.ContainsKey(n)) split = k;
        }
        var nameFirst = split + 1 > first ? split + 1 : first;
        while (nameFirst <= last && (tokens[nameFirst].IsHyphen || tokens[nameFirst].Norm == ".")) nameFirst++;
        if (nameFirst > last) return;
        if (NameWords.OrgWords.Contains(tokens[last].Norm)) return;

        var words = new List<string>();
        for (var k = nameFirst; k <= last; k++)
            if (!tokens[k].IsHyphen) words.Add(tokens[k].Norm.Replace("'", ""));
        var span = new TextSpan(tokens[nameFirst].Span.Start, tokens[last].Span.End);

        var roleFirst = _roles.Start(text, tokens, nameFirst);
        TextSpan? roleSpan = null;
        string? role = null;
        // "Sheikh Ali" is as often a place as a person: a religious honorific alone does not make one word a name
        var titled = roleFirst < nameFirst && !(words.Count == 1 && RolePrefix.AllIn(tokens, roleFirst, nameFirst - 1, RolePrefix.SoftTitles));
        if (titled)
        {
            var rs = new TextSpan(tokens[roleFirst].Span.Start, tokens[nameFirst - 1].Span.End);
            roleSpan = rs;
            if (!_roles.AllHonorific(tokens, roleFirst, nameFirst - 1)) role = rs.Of(text);
        }
        var appositive = Appositive.Read(text, tokens, last + 1, lexicon) ?? Appositive.ReadBefore(text, tokens, nameFirst, last, lexicon);
        if (appositive is { Role: not null })
        {
            role = appositive.Role;
            roleSpan = appositive.RoleSpan;
        }
        var speaks = last + 1 < tokens.Count && NameWords.SpeechVerbs.Contains(tokens[last + 1].Norm)
            || first > 0 && tokens[first - 1].Norm is "said" or "says" or "told" or "added" or "according";
        into.Add(new NameCandidate(span, [.. words], role, roleSpan, titled, appositive is not null, speaks,
            lexicon.GivenNames.Contains(words[0]) || words[0].StartsWith("abd", StringComparison.Ordinal)));
    }

    private static bool GluedToLowerWord(string text, IReadOnlyList<Token> tokens, int hyphen, int direction)
    {
        var word = hyphen + direction;
        if (hyphen < 0 || hyphen >= tokens.Count || word < 0 || word >= tokens.Count || !tokens[hyphen].IsHyphen) return false;
        var glued = direction < 0
            ? tokens[word].Span.End == tokens[hyphen].Span.Start && tokens[hyphen].Span.End == tokens[hyphen + 1].Span.Start
            : tokens[hyphen - 1].Span.End == tokens[hyphen].Span.Start && tokens[hyphen].Span.End == tokens[word].Span.Start;
        return glued && tokens[word].IsWord && char.IsLower(text[tokens[word].Span.Start]) && !NameWords.Particles.Contains(tokens[word].Norm);
    }

    private bool IsNameWord(string text, IReadOnlyList<Token> tokens, int i, bool[] taken)
    {
        var t = tokens[i];
        if (!t.IsWord || taken[t.Span.Start]) return false;
        if (IsCap(text, t)) return !NameWords.Calendar.Contains(t.Norm) && !IsAcronym(text, t);
        // a lower-case particle opens a name only when glued or followed to a capitalised word: "al-Khatib", "bin Salman"
        return NameWords.Particles.Contains(t.Norm) && i + 1 < tokens.Count && NextIsName(text, tokens, i, taken);
    }

    private bool Continues(string text, IReadOnlyList<Token> tokens, int i, bool[] taken)
    {
        var t = tokens[i];
        if (t.IsHyphen)
            return tokens[i - 1].Span.End == t.Span.Start && i + 1 < tokens.Count && tokens[i + 1].Span.Start == t.Span.End
                && IsNameWord(text, tokens, i + 1, taken);
        if (t.Norm == "." && lexicon.IsTitle(tokens[i - 1].Norm) && tokens[i - 1].Span.End == t.Span.Start) return true;
        return IsNameWord(text, tokens, i, taken) && !NameWords.FunctionWords.Contains(t.Norm);
    }

    private static bool NextIsName(string text, IReadOnlyList<Token> tokens, int i, bool[] taken)
    {
        var j = i + 1;
        if (tokens[j].IsHyphen && j + 1 < tokens.Count) j++;
        return tokens[j].IsWord && IsCap(text, tokens[j]) && !taken[tokens[j].Span.Start];
    }

    public static bool IsCap(string text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Span.Start]);

    public static bool IsAcronym(string text, Token t)
    {
        if (t.Span.Length < 2) return false;
        for (var k = t.Span.Start; k < t.Span.End; k++)
            if (char.IsLower(text[k])) return false;
        return true;
    }
}
