using System.Text;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace NewsEvents.Api.Articles;

/// <summary>An article to ingest or to extract from.</summary>
public sealed record ArticleRequest
{
    /// <summary>The article: plain text or HTML (detected; scripts, styles and navigation are removed). Required.</summary>
    /// <example>KHARTOUM, March 3 (Wire) - At least 12 civilians were killed on Sunday when shells hit a market in Omdurman, a local medical group said.</example>
    public string? Content { get; init; }

    /// <summary>Where the article was published: an absolute http(s) URL. Posting the same URL again returns the stored article.</summary>
    /// <example>https://news.example.org/africa/omdurman-market-shelling</example>
    public string? Url { get; init; }

    /// <summary>The outlet's name.</summary>
    /// <example>Example Wire</example>
    public string? Source { get; init; }

    /// <summary>The headline.</summary>
    /// <example>Shelling kills 12 in Omdurman market</example>
    public string? Title { get; init; }

    /// <summary>Publication date (ISO 8601 date or date-time); relative dates in the text ("on Sunday") resolve against it.</summary>
    /// <example>2025-03-03</example>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Language tag, e.g. "en".</summary>
    /// <example>en</example>
    public string? Language { get; init; }
}

/// <summary>Limits for ingestion (configuration section "Ingestion").</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest accepted article content in UTF-8 bytes (default 2 MB).</summary>
    public int MaxContentBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Largest accepted batch request body in bytes (default 64 MB).</summary>
    public long MaxBatchBodyBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How far past "now" a publishedAt may be before it is refused (clock skew, time zones).</summary>
    public TimeSpan FutureTolerance { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Longest the engine may take on one article before the request gives up on it (422, or "failed" in a batch).</summary>
    public TimeSpan ExtractionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

public sealed class ArticleRequestValidator : AbstractValidator<ArticleRequest>
{
    public ArticleRequestValidator(IOptions<IngestionOptions> options, TimeProvider clock)
    {
        var limits = options.Value;
        RuleFor(a => a.Content)
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("Content is required and must not be empty.")
            .Must(ContentWords.HasEnough).When(a => !string.IsNullOrWhiteSpace(a.Content), ApplyConditionTo.CurrentValidator)
            .WithMessage($"Content has nothing to extract: it needs at least {ContentWords.Minimum} words with letters.")
            .Must(c => c is null || Encoding.UTF8.GetByteCount(c) <= limits.MaxContentBytes)
            .WithMessage($"Content must be at most {limits.MaxContentBytes} bytes (UTF-8).");
        RuleFor(a => a.Url)
            .Must(BeAbsoluteHttpUrl).When(a => a.Url is not null)
            .WithMessage("Url must be an absolute http or https URL.")
            .MaximumLength(2048);
        RuleFor(a => a.PublishedAt)
            .Must(p => p >= EarliestPublished).When(a => a.PublishedAt is not null)
            .WithMessage("PublishedAt must be on or after 1900-01-01.")
            .Must(p => p <= clock.GetUtcNow() + limits.FutureTolerance).When(a => a.PublishedAt is not null)
            .WithMessage("PublishedAt is in the future.");
        RuleFor(a => a.Source).MaximumLength(200);
        RuleFor(a => a.Title).MaximumLength(1000);
        RuleFor(a => a.Language).MaximumLength(20);
    }

    // No news report we could ingest predates 1900; earlier values are typos or placeholders such as 0001-01-01.
    private static readonly DateTimeOffset EarliestPublished = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static bool BeAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
