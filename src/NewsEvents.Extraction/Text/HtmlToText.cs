using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsEvents.Extraction.Text;

/// <summary>
/// HTML to paragraphs with AngleSharp: block elements end paragraphs, inline elements keep their text, page furniture
/// (scripts, navigation, forms, captions, hidden or share/newsletter-classed boxes) is skipped. A fragment with only
/// inline tags (a wire story with a few links) keeps its own line breaks as paragraph breaks.
/// </summary>
public static class HtmlToText
{
    private static readonly FrozenSet<string> Skipped = new[]
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "figcaption", "iframe",
        "svg", "template", "select", "option", "textarea", "input", "object", "embed", "canvas", "video", "audio",
        "head", "menu", "dialog",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br", "blockquote", "tr", "table",
        "article", "section", "main", "pre", "hr", "figure", "address", "center", "tbody", "thead",
    }.ToFrozenSet();

    // Class or id words that mark page furniture on almost every news site.
    private static readonly FrozenSet<string> FurnitureHints = new[]
    {
        "share", "sharing", "social", "newsletter", "subscribe", "subscription", "promo", "advert", "advertisement", "ad",
        "ads", "cookie", "cookies", "consent", "related", "recommended", "comments", "sidebar", "breadcrumb",
        "breadcrumbs", "paywall", "donate", "donation", "popup", "modal", "caption", "credit", "byline", "tags",
    }.ToFrozenSet();

    /// <summary>The paragraphs, and the document's &lt;title&gt; ("Headline | Outlet"), a fallback for the title and publisher.</summary>
    public static (List<TextBlock> Blocks, string? DocumentTitle) Convert(string html)
    {
        if (FlatHtml.IsTooDeep(html)) return (FlatHtml.Convert(html), null);
        var document = new HtmlParser().ParseDocument(html);
        var root = (INode?)document.Body ?? document.DocumentElement;
        var writer = new BlockWriter();
        var lineBreaks = !HasBlocks(root);
        var walker = new Walker(writer, lineBreaks, root.TextContent.Length);
        walker.Visit(root, inLink: false);
        var title = document.Title?.Trim();
        return (writer.Blocks, string.IsNullOrEmpty(title) ? null : title);
    }

    private static bool HasBlocks(INode root)
    {
        foreach (var e in ((IParentNode)root).QuerySelectorAll("*"))
            if (Blocks.Contains(e.LocalName)) return true;
        return false;
    }

    private sealed class Walker(BlockWriter writer, bool lineBreaks, int totalChars)
    {
        public void Visit(INode node, bool inLink)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text) { writer.Append(text.Data, inLink, lineBreaks); continue; }
                if (child is not IElement e) continue;
                var name = e.LocalName;
                if (Skipped.Contains(name) || IsHidden(e) || IsFurniture(e))
                {
                    // the page header is furniture, but the headline it usually holds is the title
                    if (name == "header" && e.QuerySelector("h1") is { } h1) { writer.Break(); writer.MarkHeading(); Visit(h1, inLink); writer.Break(); }
                    else writer.Space();
                    continue;
                }
                if (name is "td" or "th" or "img") { writer.Space(); Visit(e, inLink); writer.Space(); continue; }
                var block = Blocks.Contains(name);
                if (block) writer.Break();
                if (name.Length == 2 && name[0] == 'h' && char.IsDigit(name[1])) writer.MarkHeading();
                Visit(e, inLink || name == "a");
                if (block) writer.Break();
            }
        }

        private static bool IsHidden(IElement e) =>
            e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true"
            || (e.GetAttribute("style")?.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase) ?? false);

        // A furniture class on the element that holds most of the page (a "has-related-links" article wrapper) is not trusted.
        private bool IsFurniture(IElement e)
        {
            if (e.LocalName is "article" or "main" or "body") return false;
            if (!HasHint(e.ClassName) && !HasHint(e.Id)) return false;
            return e.TextContent.Length * 10 < totalChars * 3;
        }

        private static bool HasHint(string? value)
        {
            if (string.IsNullOrEmpty(value)) return false;
            foreach (var range in value.AsSpan().SplitAny(" -_"))
            {
                var word = value[range].ToLowerInvariant();
                if (FurnitureHints.Contains(word)) return true;
            }
            return false;
        }
    }
}
