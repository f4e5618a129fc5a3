using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// Turns bad input that ASP.NET reports by exception (malformed JSON, a missing body, a body over the size limit)
/// into problem details with the right 4xx status; anything else becomes a 500 without internals.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The request body is too large.",
                Detail = exception.Message,
            },
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "The request body must be JSON.",
                Detail = "Send the body with Content-Type: application/json.",
            },
            BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => new ProblemDetails
            {
                Status = StatusCodes.Status408RequestTimeout,
                Title = "The request body arrived too slowly.",
                Detail = "The server stopped waiting for the rest of the body; send it at a steady rate.",
            },
            BadHttpRequestException bad => BadRequest(bad),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." };
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ValidationProblemDetails BadRequest(BadHttpRequestException bad)
    {
        // A JsonException carries the JSON path of the offending value ("$.publishedAt"): name that field, in plain words.
        var json = FindJsonException(bad);
        var field = json is null ? "body" : JsonErrorMessages.Field(json);
        var message = json is not null ? JsonErrorMessages.Message(json, field)
            : bad.Message.Contains("no body was provided", StringComparison.Ordinal) ? "A JSON request body is required."
            // ASP.NET's own binding messages name the handler's parameter and its .NET type: say what to send instead.
            : "The request could not be read: send this endpoint's JSON body with Content-Type: application/json.";
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = json is null ? "The request is invalid." : "The request body is malformed.",
        };
    }

    private static JsonException? FindJsonException(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is JsonException json) return json;
        return null;
    }
}
