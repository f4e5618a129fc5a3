using System.Collections.Frozen;
using System.Globalization;

namespace NewsEvents.Extraction.Text;

/// <summary>What the lines above the story told: its title, its outlet and the date marker some feeds prepend.</summary>
public sealed record ArticleHeader(string? Title, string? Publisher, DateOnly? Date);

/// <summary>
/// Recognises the leading header lines of an article: a "date YYYY-MM-DD" marker (possibly with the story on the same
/// line), a title line (short, no final full stop or Title Case, with more text below), a publisher line under it,
/// and a markdown bold or # headline, which is a subtitle: it repeats the title, so it leaves the body.
/// </summary>
public static class HeaderLines
{
    private static readonly Lazy<FrozenSet<string>> OutletWords = new(() =>
        ResourceFiles.ReadLines("cleaning/outlet-words.txt").Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Trim()).ToFrozenSet());

    /// <summary>Takes a leading "date 2024-11-29" marker off the first block; the rest of that block stays as story.</summary>
    public static DateOnly? TakeDateMarker(List<TextBlock> blocks)
    {
        if (blocks.Count == 0) return null;
        var text = blocks[0].Text.AsSpan().TrimStart();
        if (!text.StartsWith("date", StringComparison.OrdinalIgnoreCase)) return null;
        var rest = text[4..].TrimStart(':').TrimStart();
        if (rest.Length < 10 || !DateOnly.TryParseExact(rest[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return null;
        if (rest.Length > 10 && !char.IsWhiteSpace(rest[10])) return null;
        var body = rest[10..].Trim().ToString();
        if (body.Length == 0) blocks.RemoveAt(0);
        else blocks[0] = blocks[0] with { Text = body };
        return date;
    }

    /// <summary>
    /// Drops the short labels a page prints above its headline ("World", "Middle East", "Analysis"), so that the
    /// headline is the first line: only when a heading of a few words follows within the first blocks.
    /// </summary>
    public static void DropKickers(List<TextBlock> blocks)
    {
        for (var h = 1; h < Math.Min(4, blocks.Count); h++)
        {
            if (!blocks[h].Heading || WordCount(blocks[h].Text) < 3) continue;
            for (var k = 0; k < h; k++)
                if (WordCount(blocks[k].Text) > 4) return;
            blocks.RemoveRange(0, h);
            return;
        }
    }

    private static int WordCount(string text)
    {
        var n = 0;
        foreach (var _ in text.AsSpan().Split(' ')) n++;
        return n;
    }

    /// <summary>Removes title, publisher and subtitle lines from the front of the paragraphs.</summary>
    /// <param name="knownTitle">The title the caller sent, if any: a first line repeating it is removed too.</param>
    public static ArticleHeader TakeTitleAndPublisher(List<string> paragraphs, string? knownTitle, DateOnly? date)
    {
        string? title = null, publisher = null;
        if (paragraphs.Count >= 2 && (IsTitle(paragraphs[0], paragraphs[1]) || SameText(paragraphs[0], knownTitle)))
        {
            title = Unmark(paragraphs[0]);
            paragraphs.RemoveAt(0);
            if (paragraphs.Count >= 2 && IsPublisher(paragraphs[0]))
            {
                publisher = PublisherName(paragraphs[0]);
                paragraphs.RemoveAt(0);
            }
        }
        // the subtitle: a bold or heading line among the first lines; it becomes the title when none was found
        for (var i = 0; i < Math.Min(2, paragraphs.Count - 1); i++)
        {
            if (!IsMarkedHeadline(paragraphs[i])) continue;
            title ??= Unmark(paragraphs[i]);
            paragraphs.RemoveAt(i);
            break;
        }
        return new ArticleHeader(title, publisher, date);
    }

    /// <summary>"Rebels take airport | Coastline News": the page title's last part names the outlet when it reads like one.</summary>
    public static ArticleHeader FromDocumentTitle(string documentTitle, ArticleHeader header)
    {
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " \u2013 ", " \u2014 "])
        {
            var at = documentTitle.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var outlet = documentTitle[(at + separator.Length)..].Trim();
            if (outlet.Split(' ').Length > 5) continue;
            return header with { Title = documentTitle[..at].Trim(), Publisher = header.Publisher ?? outlet };
        }
        return header with { Title = documentTitle };
    }

    private static bool IsTitle(string line, string next)
    {
        if (IsMarkedHeadline(line)) return true;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 30 || line.Length > 220 || !char.IsUpper(line[0]) && !char.IsDigit(line[0])) return false;
        if (Bylines.IsByline(line) || Bylines.DatelineLength(line) > 0) return false;
        // a short first paragraph that is a whole sentence is a lede, unless it is capitalised like a headline
        var endsSentence = line[^1] is '.' or ':' or ';' or ',';
        return (!endsSentence || IsTitleCase(words)) && next.Length > 0;
    }

    private static bool IsTitleCase(string[] words)
    {
        int content = 0, capitalised = 0;
        foreach (var w in words)
        {
            if (w.Length < 4) continue;
            content++;
            if (char.IsUpper(w[0])) capitalised++;
        }
        return content >= 2 && capitalised * 10 >= content * 7;
    }

    /// <summary>A short line without a full stop with a word that names outlets: "ICARO Media Group", "Jane Doe, Reuters".</summary>
    public static bool IsPublisher(string line)
    {
        if (line.Length is 0 or > 70 || line[^1] == '.') return false;
        var words = line.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8) return false;
        foreach (var w in words)
        {
            var key = Folding.Key(w);
            if (OutletWords.Value.Contains(key) || key.EndsWith(" com") || key.EndsWith(" org")) return true;
        }
        return false;
    }

    // "Jane Doe, Reuters" under the title: the outlet is after the comma, the byline before it
    private static string PublisherName(string line)
    {
        var comma = line.LastIndexOf(',');
        var name = comma > 0 ? line[(comma + 1)..].Trim() : line.Trim();
        return name.Length > 0 ? name : line.Trim();
    }

    private static bool IsMarkedHeadline(string line) =>
        line.Length > 4 && ((line.StartsWith("**") && line.EndsWith("**")) || line.StartsWith("# ") || line.StartsWith("## "));

    private static string Unmark(string line) => line.Trim().Trim('*').TrimStart('#').Trim();

    private static bool SameText(string line, string? title) =>
        title is not null && Folding.Key(Unmark(line)) == Folding.Key(title);
}
