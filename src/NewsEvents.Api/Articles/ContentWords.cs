using System.Globalization;
using System.Text;

namespace NewsEvents.Api.Articles;

/// <summary>
/// Whether content has anything to extract: at least <see cref="Minimum"/> words, a word being a whitespace-separated
/// token with a letter in it. Scripts written without spaces (Chinese, Japanese, Korean, Thai) count each letter as a
/// word, so a short sentence in them is not refused as one "word".
/// </summary>
public static class ContentWords
{
    public const int Minimum = 3;

    public static bool HasEnough(string? content)
    {
        if (content is null) return false;
        var words = 0;
        var inWord = false;
        var wordHasLetter = false;
        foreach (var rune in content.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                if (inWord && wordHasLetter) words++;
                inWord = wordHasLetter = false;
            }
            else if (IsUnspacedScript(rune))
            {
                words++;
            }
            else
            {
                inWord = true;
                wordHasLetter |= Rune.IsLetter(rune);
            }
            if (words >= Minimum) return true;
        }
        if (inWord && wordHasLetter) words++;
        return words >= Minimum;
    }

    private static bool IsUnspacedScript(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter && rune.Value is
            (>= 0x0E00 and <= 0x0EFF)       // Thai, Lao
            or (>= 0x3040 and <= 0x30FF)    // Hiragana, Katakana
            or (>= 0x3400 and <= 0x9FFF)    // CJK ideographs
            or (>= 0xAC00 and <= 0xD7AF)    // Hangul syllables
            or (>= 0x20000 and <= 0x3FFFF); // CJK extensions
}
