using Microsoft.AspNetCore.Mvc;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// Problem details from middleware, which runs outside the endpoints' typed results. Going through
/// <see cref="IProblemDetailsService"/> gives the same body as every other error: the request id, and problem+json
/// whatever the client accepts (<see cref="FallbackProblemDetailsWriter"/>).
/// </summary>
public static class ProblemResponses
{
    public static ValueTask WriteProblemAsync(this HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
