using NewsEvents.Extraction.Syntax;

namespace NewsEvents.SyntaxTrain;

/// <summary>The lemmatizer's exception table: each (tag, lower-case form) whose usual treebank lemma the rules miss more often than not.</summary>
internal static class LemmaTableBuilder
{
    public static Dictionary<string, string> Build(IEnumerable<ConlluSentence> sentences)
    {
        var seen = new Dictionary<string, (Dictionary<string, int> Lemmas, int RuleRight)>(StringComparer.Ordinal);
        foreach (var s in sentences)
            for (var i = 0; i < s.Count; i++)
            {
                var form = s.Forms[i];
                var lower = Lower(form);
                var key = Lemmatizer.Key(s.Upos[i], lower);
                if (!seen.TryGetValue(key, out var entry)) seen[key] = entry = (new Dictionary<string, int>(StringComparer.Ordinal), 0);
                entry.Lemmas[s.Lemmas[i]] = entry.Lemmas.GetValueOrDefault(s.Lemmas[i]) + 1;
                if (Lemmatizer.Rule(form, form, lower, s.Upos[i]) == s.Lemmas[i]) entry = (entry.Lemmas, entry.RuleRight + 1);
                seen[key] = entry;
            }
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, (lemmas, ruleRight)) in seen)
        {
            var (lemma, count) = lemmas.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First();
            if (count > ruleRight) table[key] = lemma;
        }
        return table;
    }

    public static string Lower(string form) => string.Create(form.Length, form, (span, f) =>
    {
        for (var i = 0; i < f.Length; i++) span[i] = char.ToLowerInvariant(WordInfo.Ascii(f[i]));
    });
}
