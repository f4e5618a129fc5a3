using System.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// The two keys a place name is matched on. The exact key: folded words without apostrophes, Arabic article variants
/// ("el", and "ash"/"ad"/"ez"... assimilated to the next word's first consonant) written "al". The skeleton: each
/// word's vowel groups collapsed to one mark, doubled consonants and a final "h" after a vowel dropped, so that
/// transliterations of one Arabic (or Cyrillic) name meet: Saraqib/Saraqeb/Saraqab, Hodeidah/Hudaydah, Kharkiv/Kharkov.
/// </summary>
public static class NameKey
{
    private static readonly HashSet<string> SunArticles =
        ["ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "esh", "et", "ez", "en", "ud", "ur", "us", "ush", "ut", "uz", "un"];

    /// <summary>True when <paramref name="word"/> is an Arabic article before <paramref name="next"/> ("el", "ash" before "Sh...").</summary>
    public static bool IsArticle(string word, string? next, bool hyphenated)
    {
        if (word is "al" or "el" or "ul") return next is not null;
        if (next is null || !SunArticles.Contains(word)) return false;
        return hyphenated || next[0] == word[1];
    }

    /// <summary>The exact key of a folded, space-separated name (as the gazetteer files store them).</summary>
    public static string Exact(string foldedWords)
    {
        var words = foldedWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length - 1; i++)
            if (IsArticle(words[i], words[i + 1], hyphenated: false)) words[i] = "al";
        return string.Join(' ', words);
    }

    /// <summary>The skeleton of an exact key; leading articles are dropped ("al hudaydah" and "hodeidah" meet).</summary>
    public static string Skeleton(string exactKey)
    {
        var sb = new StringBuilder(exactKey.Length);
        foreach (var word in exactKey.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "al") continue;
            if (sb.Length > 0) sb.Append(' ');
            AppendSkeleton(sb, word);
        }
        return sb.ToString();
    }

    /// <summary>Consonant letters in a skeleton: short skeletons meet too many unrelated names to be trusted.</summary>
    public static int Consonants(string skeleton)
    {
        var n = 0;
        foreach (var c in skeleton) if (c != 'V' && c != ' ') n++;
        return n;
    }

    private static void AppendSkeleton(StringBuilder sb, string word)
    {
        var start = sb.Length;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            // "y" opens a syllable as a consonant (Yunis) but is a vowel inside one (Hudaydah, Jabaliya)
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' || (c == 'y' && i > 0);
            if (vowel)
            {
                if (sb.Length == start || sb[^1] != 'V') sb.Append('V');
                continue;
            }
            if (c == 'h' && i == word.Length - 1 && sb.Length > start && sb[^1] == 'V') continue;
            if (sb.Length > start && sb[^1] == c) continue;
            sb.Append(c);
        }
    }
}
