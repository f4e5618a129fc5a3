namespace NewsEvents.Extraction.Text;

/// <summary>The article as clean text, with what its leading header lines told.</summary>
public sealed record CleanedArticle(string Text, string? Title, string? Publisher, DateOnly? HeaderDate);

/// <summary>STUB (owned by the cleaning work): HTML to text, boilerplate removal, header lines.</summary>
public static class ArticleCleaner
{
    public static CleanedArticle Clean(ArticleInput input) => new(input.Content.Trim(), input.Title, input.Source, null);
}
