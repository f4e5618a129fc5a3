using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace NewsEvents.Extraction.Text;

/// <summary>
/// A guard and a fallback for pathological markup: an HTML parser's tree building slows down badly on thousands of
/// nested elements (20,000 nested divs take AngleSharp tens of seconds), which no real article has. Such input is
/// flattened by scanning instead: tags out, block tags as line breaks, entities decoded.
/// </summary>
public static class FlatHtml
{
    public const int MaxDepth = 300;

    // elements that close themselves or are closed implicitly by their next sibling: they add no lasting depth
    private static readonly FrozenSet<string> NoDepth = new[]
    {
        "p", "li", "td", "th", "tr", "dt", "dd", "option", "br", "img", "hr", "meta", "link", "input", "wbr", "source",
        "area", "col", "embed", "param", "track", "base",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Breaks = new[]
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "table",
    }.ToFrozenSet();

    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        var lookup = NoDepth.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> name = stackalloc char[16];
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var n = ReadName(html, closing ? i + 2 : i + 1, name);
            if (n == 0 || lookup.Contains(name[..n])) continue;
            var end = html.IndexOf('>', i);
            if (end < 0) break;
            if (html[end - 1] == '/') continue; // <x/>
            depth += closing ? -1 : 1;
            if (depth > MaxDepth) return true;
        }
        return false;
    }

    public static List<TextBlock> Convert(string html)
    {
        var sb = new StringBuilder(html.Length);
        var lookup = Breaks.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> name = stackalloc char[16];
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0) { sb.Append(html, i, html.Length - i); break; }
            sb.Append(html, i, lt - i);
            var gt = html.IndexOf('>', lt);
            if (gt < 0) break;
            var n = ReadName(html, lt + 1 < html.Length && html[lt + 1] == '/' ? lt + 2 : lt + 1, name);
            sb.Append(n > 0 && lookup.Contains(name[..n]) ? "\n\n" : " ");
            i = gt + 1;
        }
        var writer = new BlockWriter();
        writer.Append(WebUtility.HtmlDecode(sb.ToString()), inLink: false, lineBreaks: true);
        return writer.Blocks;
    }

    private static int ReadName(string html, int at, Span<char> into)
    {
        var n = 0;
        while (at + n < html.Length && n < into.Length && char.IsAsciiLetterOrDigit(html[at + n]))
        {
            into[n] = char.ToLowerInvariant(html[at + n]);
            n++;
        }
        return n < into.Length ? n : 0;
    }
}
