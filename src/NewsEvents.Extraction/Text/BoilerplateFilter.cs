namespace NewsEvents.Extraction.Text;

/// <summary>
/// Drops paragraphs that are page furniture, and cuts an appeal or prompt glued to the front or the end of a real
/// paragraph ("Your support helps us ... Close Read more Rebels seized ..."), keeping the story part.
/// </summary>
public static class BoilerplateFilter
{
    public static List<string> Apply(IReadOnlyList<TextBlock> blocks, Boilerplate vocabulary)
    {
        var kept = new List<string>(blocks.Count);
        foreach (var block in blocks)
        {
            if (IsLinkList(block)) continue;
            var segments = vocabulary.Weigh(block.Text);
            var story = StoryPart(block.Text, segments);
            if (story.Length > 0) kept.Add(story);
        }
        return kept;
    }

    // Navigation and "related stories" boxes are mostly link text; a story paragraph with a few links is not.
    private static bool IsLinkList(TextBlock block)
    {
        if (block.LinkChars == 0) return false;
        var density = (double)block.LinkChars / block.Text.Length;
        return density >= 0.8 || (density >= 0.5 && block.Text.Length < 200);
    }

    /// <summary>The paragraph without a leading and a trailing run of segments that are furniture taken together.</summary>
    public static string StoryPart(string text, IReadOnlyList<Segment> segments)
    {
        var n = segments.Count;
        // prefix sums keep every "is this run furniture" question O(1), so a huge one-paragraph page stays linear
        var score = new double[n + 1];
        var words = new int[n + 1];
        for (var i = 0; i < n; i++) { score[i + 1] = score[i] + segments[i].Score; words[i + 1] = words[i] + segments[i].Words; }
        bool Furniture(int from, int to) => Boilerplate.IsBoilerplate(score[to] - score[from], words[to] - words[from]);

        var first = 0;
        for (var k = n - 1; k >= 1; k--)
            if (Furniture(k - 1, k) && Furniture(0, k)) { first = k; break; }
        var last = n;
        for (var k = first + 1; k < n; k++)
            if (Furniture(k, k + 1) && Furniture(k, n)) { last = k; break; }
        var whole = Furniture(0, n);
        if (first == 0 && last == n) return whole ? "" : text;
        // What is left must read as story: a stray "Close" between two prompts, or the tail of an appeal, is not.
        var (restScore, restWords) = (score[last] - score[first], words[last] - words[first]);
        if (restWords <= 3 || Boilerplate.IsBoilerplate(restScore, restWords) || (whole && (restWords < 8 || restScore > 1))) return "";
        return text[segments[first].Start..segments[last - 1].End];
    }
}
