using System.Collections.Frozen;

namespace NewsEvents.Extraction.Text;

/// <summary>Tells whether content carries HTML: a known tag or a character entity. A stray "&lt;" in prose is not enough.</summary>
public static class MarkupDetector
{
    private static readonly FrozenSet<string> Tags = new[]
    {
        "p", "a", "div", "br", "span", "i", "b", "em", "strong", "u", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "table", "tr", "td", "th", "script", "style", "img", "figure", "figcaption", "section", "article",
        "header", "footer", "nav", "aside", "iframe", "noscript", "form", "button", "html", "body", "head", "meta", "link",
        "sup", "sub", "small", "hr", "pre", "main", "time", "picture", "source", "video", "title",
    }.ToFrozenSet();

    public static bool LooksLikeHtml(string content)
    {
        var s = content.AsSpan();
        for (var i = s.IndexOfAny('<', '&'); i >= 0 && i < s.Length - 2; i = NextMark(s, i + 1))
        {
            if (s[i] == '<' ? IsTag(s, i + 1) : IsEntity(s, i + 1)) return true;
        }
        return false;
    }

    private static int NextMark(ReadOnlySpan<char> s, int from)
    {
        var j = s[from..].IndexOfAny('<', '&');
        return j < 0 ? -1 : from + j;
    }

    private static bool IsTag(ReadOnlySpan<char> s, int i)
    {
        if (i < s.Length && s[i] == '/') i++;
        if (i < s.Length && s[i] == '!') return true; // <!DOCTYPE or <!-- comment
        var start = i;
        while (i < s.Length && char.IsAsciiLetterOrDigit(s[i]) && i - start < 12) i++;
        if (i == start || i >= s.Length || s[i] is not (' ' or '>' or '/' or '\n' or '\t' or '\r')) return false;
        Span<char> lower = stackalloc char[i - start];
        s[start..i].ToLowerInvariant(lower);
        return Tags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    // "&amp;", "&nbsp;", "&#8217;", "&#x2019;"
    private static bool IsEntity(ReadOnlySpan<char> s, int i)
    {
        var start = i;
        if (i < s.Length && s[i] == '#') i++;
        if (i < s.Length && (s[i] == 'x' || s[i] == 'X') && i > start) i++;
        var body = i;
        while (i < s.Length && char.IsAsciiLetterOrDigit(s[i]) && i - body < 10) i++;
        return i > body && i < s.Length && s[i] == ';';
    }
}
