using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NewsEvents.Api.Articles;
using NewsEvents.Api.Extraction;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Extract;

public static class ExtractApi
{
    public static RouteHandlerBuilder MapExtract(this IEndpointRouteBuilder routes)
    {
        var limits = routes.ServiceProvider.GetRequiredService<IOptions<IngestionOptions>>().Value;
        return routes.MapPost("/api/extract", Extract).WithTags("Extract").WithValidation<ArticleRequest>()
            .WithMetadata(new BodySizeLimit(limits.MaxContentBytes + 64 * 1024)).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>Runs the extraction engine on an article and returns what it finds, without storing anything (for exploring in Swagger).</summary>
    /// <remarks>422 when extraction takes longer than Ingestion:ExtractionTimeout, or when the engine fails on the text.</remarks>
    private static async Task<Results<Ok<ExtractionResult>, ProblemHttpResult>> Extract(ArticleRequest article, ExtractionRunner runner, CancellationToken ct)
    {
        var attempt = await runner.TryExtractAsync(ArticleIngestor.ToInput(article), ct);
        return attempt.Result is { } result ? TypedResults.Ok(result) : ArticlesApi.NotProcessed(attempt.Failure!);
    }
}
