namespace NewsEvents.Extraction;

/// <summary>One article as it reaches the extractor.</summary>
/// <param name="Content">Plain text or HTML, with whatever boilerplate the outlet added.</param>
/// <param name="PublishedAt">Publication date; relative dates ("on Friday") resolve against it. Wins over a date found in the text.</param>
/// <param name="IsHtml">True or false when the caller knows; null to detect.</param>
public sealed record ArticleInput(
    string Content,
    DateOnly? PublishedAt = null,
    string? Title = null,
    string? Source = null,
    string? Url = null,
    string? Language = null,
    bool? IsHtml = null);
