using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.People;

/// <summary>The organisation a role names: an actor inside the role, else its first organisation-like words.</summary>
internal static class Affiliation
{
    public static string? Of(AnalyzedText text, TextSpan role, IReadOnlyList<ActorResult> actors, bool[] places, PersonLexicon lexicon)
    {
        foreach (var a in actors)
            foreach (var s in a.Spans)
                if (s.Overlaps(role)) return a.Name;

        var tokens = text.SentenceAt(role.Start).Tokens;
        var segStart = -1;
        for (var k = 0; k <= tokens.Count; k++)
        {
            var inside = k < tokens.Count && role.Contains(tokens[k].Span);
            var t = inside ? tokens[k] : default;
            var orgWord = inside && (IsOrgWord(text.Text, t, places, lexicon) || LeadsToOrg(text.Text, tokens, k, role, places, lexicon))
                || inside && segStart >= 0 && (t.IsHyphen || NameScanner.IsCap(text.Text, t) && NameWords.Particles.Contains(t.Norm));
            if (orgWord)
            {
                if (segStart < 0) segStart = k;
                continue;
            }
            if (segStart < 0) continue;
            var found = Segment(text.Text, tokens, segStart, k - 1, lexicon);
            if (found is not null) return found;
            segStart = -1;
        }
        return null;
    }

    private static string? Segment(string text, IReadOnlyList<Token> tokens, int first, int last, PersonLexicon lexicon)
    {
        if (lexicon.Demonyms.TryGetValue(tokens[first].Norm, out var state))
        {
            // "Iranian Foreign Minister": a demonym names the state only when it qualifies the role itself
            var k = first + 1;
            while (k < tokens.Count && NameWords.RoleAdjectives.Contains(tokens[k].Norm)) k++;
            if (k > last) return k < tokens.Count && lexicon.IsRole(tokens[k].Norm) ? state : null;
        }
        while (last > first && tokens[last].Norm == "'s") last--;
        return new TextSpan(tokens[first].Span.Start, tokens[last].Span.End).Of(text);
    }

    // "Military Operations Department": a capitalised modifier belongs to an organisation name when one follows it.
    private static bool LeadsToOrg(string text, IReadOnlyList<Token> tokens, int k, TextSpan role, bool[] places, PersonLexicon lexicon)
    {
        while (k < tokens.Count && role.Contains(tokens[k].Span) && NameScanner.IsCap(text, tokens[k]) && NameWords.RoleAdjectives.Contains(tokens[k].Norm)) k++;
        return k < tokens.Count && role.Contains(tokens[k].Span) && IsOrgWord(text, tokens[k], places, lexicon);
    }

    private static bool IsOrgWord(string text, Token t, bool[] places, PersonLexicon lexicon)
    {
        if (!t.IsWord || places[t.Span.Start]) return false;
        if (!char.IsUpper(text[t.Span.Start])) return false;
        return !lexicon.IsRole(t.Norm) && !lexicon.IsTitle(t.Norm) && !NameWords.RoleAdjectives.Contains(t.Norm)
            && !NameWords.FunctionWords.Contains(t.Norm);
    }
}
