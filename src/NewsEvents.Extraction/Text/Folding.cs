using System.Globalization;
using System.Text;

namespace NewsEvents.Extraction.Text;

/// <summary>Folds text for matching: case, diacritics, curly quotes and dashes, so that "Saraqib", "SARAQIB" and "Saráqib" meet.</summary>
public static class Folding
{
    public static string Fold(ReadOnlySpan<char> s)
    {
        var ascii = true;
        foreach (var c in s)
            if (c > 127 || char.IsUpper(c)) { ascii = false; break; }
        if (ascii) return s.ToString();

        var sb = new StringBuilder(s.Length);
        foreach (var c in s) AppendFolded(sb, c);
        return sb.ToString();
    }

    public static string Fold(string s) => Fold(s.AsSpan());

    /// <summary>Folds and collapses separators (spaces, hyphens, dots between words) into single spaces: the key form of a multi-word name.</summary>
    public static string Key(string s)
    {
        var folded = Fold(s);
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            else space = true;
        }
        return sb.ToString();
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '\u2018' or '\u2019' or '\u02BC' or '\u0060' or '\u00B4': sb.Append('\''); return;
            case '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB': sb.Append('"'); return;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212': sb.Append('-'); return;
            case '\u00DF': sb.Append("ss"); return;
            case '\u00E6': sb.Append("ae"); return;
            case '\u0153': sb.Append("oe"); return;
            case '\u00F8': sb.Append('o'); return;
            case '\u0131': sb.Append('i'); return;
            case '\u0142': sb.Append('l'); return;
            case '\u0111' or '\u00F0': sb.Append('d'); return;
        }
        if (c < 128) { sb.Append(char.ToLowerInvariant(c)); return; }
        // Surrogates (emoji and every other character outside the BMP, paired or not) and the noncharacters
        // U+FFFE/U+FFFF cannot be normalised one char at a time; none of them folds to anything else.
        if (char.IsSurrogate(c) || c >= '\uFFFE') { sb.Append(c); return; }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(d));
    }
}
