namespace NewsEvents.Extraction.Text;

/// <summary>The article as clean text, with what its leading header lines told.</summary>
public sealed record CleanedArticle(string Text, string? Title, string? Publisher, DateOnly? HeaderDate);

/// <summary>
/// Turns what an outlet sent into the story's text: HTML (declared or detected) to paragraphs, the header lines taken
/// off the top, boilerplate dropped, bylines and datelines cut, paragraphs joined by a blank line.
/// </summary>
public static class ArticleCleaner
{
    public static CleanedArticle Clean(ArticleInput input) => Clean(input, Boilerplate.Default);

    public static CleanedArticle Clean(ArticleInput input, Boilerplate vocabulary)
    {
        var html = input.IsHtml ?? MarkupDetector.LooksLikeHtml(input.Content);
        List<TextBlock> blocks;
        string? documentTitle = null;
        if (html)
        {
            (blocks, documentTitle) = HtmlToText.Convert(input.Content);
            HeaderLines.DropKickers(blocks);
        }
        else
        {
            var writer = new BlockWriter();
            writer.Append(input.Content, inLink: false, lineBreaks: true);
            blocks = writer.Blocks;
        }
        for (var i = 0; i < blocks.Count; i++) blocks[i] = blocks[i] with { Text = Markdown.StripLinks(blocks[i].Text) };

        var date = HeaderLines.TakeDateMarker(blocks);
        var paragraphs = BoilerplateFilter.Apply(blocks, vocabulary);
        var header = HeaderLines.TakeTitleAndPublisher(paragraphs, input.Title, date);
        if (header.Title is null && documentTitle is not null) header = HeaderLines.FromDocumentTitle(documentTitle, header);
        Bylines.Strip(paragraphs);
        for (var i = 0; i < paragraphs.Count; i++) paragraphs[i] = Markdown.StripBullet(Markdown.StripEmphasis(paragraphs[i]));
        paragraphs.RemoveAll(p => p.Length == 0);
        return new CleanedArticle(string.Join("\n\n", paragraphs), header.Title, header.Publisher, header.Date);
    }
}
