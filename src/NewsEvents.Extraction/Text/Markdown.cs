using System.Text;

namespace NewsEvents.Extraction.Text;

/// <summary>Scraped articles often arrive as markdown: links keep their text, bold markers go.</summary>
public static class Markdown
{
    /// <summary>"[Aleppo](https://...)" becomes "Aleppo"; brackets not followed by a "(...)" target stay as written.</summary>
    public static string StripLinks(string text)
    {
        if (!text.Contains("](", StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('[', i);
            if (open < 0) break;
            var close = text.IndexOf(']', open + 1);
            if (close < 0) break; // no link can follow: stop rather than rescan the rest for every '['
            var target = close + 1 < text.Length && text[close + 1] == '(' ? text.IndexOf(')', close + 2) : -2;
            if (target == -1) break;
            if (target < 0 || text.IndexOf('[', open + 1, close - open - 1) >= 0)
            {
                sb.Append(text, i, open + 1 - i);
                i = open + 1;
                continue;
            }
            sb.Append(text, i, open - i).Append(text, open + 1, close - open - 1);
            i = target + 1;
        }
        return sb.Append(text, i, text.Length - i).ToString();
    }

    public static string StripEmphasis(string text) =>
        text.Contains("**", StringComparison.Ordinal) ? text.Replace("**", "", StringComparison.Ordinal) : text;

    /// <summary>"- Army retakes the city" and "• Two homes hit": a list marker is layout, not text.</summary>
    public static string StripBullet(string text) =>
        text.Length > 2 && text[0] is '-' or '*' or '\u2022' or '\u00B7' or '\u2013' && text[1] == ' ' ? text[2..].TrimStart() : text;
}
