using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>The stance of a statement: the verb's own, turned by its content for neutral verbs and for "vow" and "warn".</summary>
internal static class Stance
{
    public static string Of(VerbEntry verb, AnalyzedText text, TextSpan content, ReportingVerbs verbs)
    {
        if (verb.Lemma == "vow") return FirstEffect(text, content, verbs, "threat", "promise") ?? "promise";
        // "warned it would respond" threatens; "warned of famine" only warns
        if (verb.Lemma == "warn") return FirstEffect(text, content, verbs, "threat", "threat") ?? "assertion";
        if (verb.Stance == "assertion" && FirstEffect(text, content, verbs, "denial", "denial") is not null) return "denial";
        return verb.Stance;
    }

    // Walks the content's tokens (already folded) looking for a stance word or pair of words.
    private static string? FirstEffect(AnalyzedText text, TextSpan content, ReportingVerbs verbs, string a, string b)
    {
        string? previous = null;
        for (var si = text.SentenceAt(content.Start).Index; si < text.Sentences.Count && text.Sentences[si].Span.Start < content.End; si++)
        {
            var tokens = text.Sentences[si].Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Span.Start < content.Start || !t.IsWord) continue;
                if (t.Span.End > content.End) return null;
                var n = t.Norm;
                if (i + 1 < tokens.Count && verbs.IsStancePairStart(n) && verbs.StanceWords.TryGetValue(n + " " + tokens[i + 1].Norm, out var two)
                    && (two == a || two == b)) return two;
                if (verbs.StanceWords.TryGetValue(n, out var one) && (one == a || one == b)) return one;
                // "it did not target civilians" denies; "the shelling did not stop" does not
                if (a == "denial" && (n == "didn't" || n == "did" && i + 1 < tokens.Count && tokens[i + 1].Norm == "not")
                    && previous is "we" or "it" or "they" or "he" or "she" or "i") return "denial";
                previous = n;
            }
        }
        return null;
    }
}
