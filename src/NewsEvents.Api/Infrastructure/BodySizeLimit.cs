using Microsoft.AspNetCore.Http.Features;

namespace NewsEvents.Api.Infrastructure;

/// <summary>Endpoint metadata: the largest request body this endpoint accepts.</summary>
public sealed record BodySizeLimit(long Bytes);

/// <summary>
/// Applies <see cref="BodySizeLimit"/>: a declared Content-Length over the limit gets 413 problem details at once, and
/// the server's own limit is set so a chunked body is cut off too (Kestrel then throws, and
/// <see cref="ProblemExceptionHandler"/> answers 413). Runs after routing so it sees the endpoint.
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>();
        if (limit is not null)
        {
            if (context.Request.ContentLength > limit.Bytes)
            {
                await context.WriteProblemAsync(StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
                    $"This endpoint accepts at most {limit.Bytes} bytes; the request declared {context.Request.ContentLength}.");
                return;
            }
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit.Bytes;
        }
        await next(context);
    }
}
