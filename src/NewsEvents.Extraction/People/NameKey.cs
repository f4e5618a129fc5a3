using System.Text;

namespace NewsEvents.Extraction.People;

/// <summary>
/// A transliteration-tolerant key for names, so that spellings of one name meet: Dmitri/Dmitry, Mohammad/Mohammed/Muhammad,
/// Abdelmajid/Abdel Majid/Abdul Majid, al-/Al/El, Jowlani/Jolani/Julani. Vowels are merged by class (a/e, i/y, o/u/w),
/// doubled letters collapse, Arabic articles drop. Hassan and Hussein stay apart, and so do Vladimir and Volodymyr.
/// </summary>
public static class NameKey
{
    /// <summary>Key words of a name given as folded words (no hyphens).</summary>
    public static string[] Of(IReadOnlyList<string> words, Dictionary<string, string>? cache = null)
    {
        var keys = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (NameWords.Articles.Contains(w) && i < words.Count - 1) continue;
            if (w is "ben" or "ibn") w = "bin";
            if (w is "abd" or "abdel" or "abdul" or "abdal" or "abdol" or "abdil" && i + 1 < words.Count)
            {
                var next = i + 1;
                if (w == "abd" && NameWords.Articles.Contains(words[next]) && next + 1 < words.Count) next++;
                keys.Add(Sound("abdal" + words[next], cache));
                i = next;
                continue;
            }
            if (w.Length > 5 && w.StartsWith("abd", StringComparison.Ordinal) && w.AsSpan(3, 2) is "el" or "ul" or "al" or "ol" or "il")
                w = "abdal" + w[5..];
            keys.Add(Sound(w, cache));
        }
        return [.. keys];
    }

    public static string Join(IReadOnlyList<string> words) => string.Join(' ', Of(words));

    /// <summary>The key of one folded word, remembered in <paramref name="cache"/> when one is given.</summary>
    public static string Sound(string w, Dictionary<string, string>? cache = null)
    {
        if (cache is null) return Compute(w);
        if (!cache.TryGetValue(w, out var key)) cache[w] = key = Compute(w);
        return key;
    }

    private static string Compute(string w)
    {
        var sb = new StringBuilder(w.Length);
        for (var j = 0; j < w.Length; j++)
        {
            var c = w[j];
            var next = j + 1 < w.Length ? w[j + 1] : '\0';
            char k;
            if (!char.IsLetterOrDigit(c)) continue;
            if (c == 'p' && next == 'h') { k = 'f'; j++; }
            else if (c == 'd' && next == 'j') continue;
            else if (c == 'c' && next == 'k') continue;
            else if (c == 'e' && next == 'e') { k = 'i'; j++; }
            else if (c == 'o' && next == 'u') { k = 'u'; j++; }
            else if (c == 'x') { Append(sb, 'k'); k = 's'; }
            else k = c switch { 'q' => 'k', 'y' => 'i', 'w' => 'u', 'o' => 'u', 'e' => 'a', _ => c };
            Append(sb, k);
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, char k)
    {
        if (sb.Length == 0 || sb[^1] != k) sb.Append(k);
    }
}
