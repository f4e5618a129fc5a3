using Serilog.Context;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// Honours an incoming X-Request-Id (else makes one), returns it on every response, makes it the request's
/// TraceIdentifier (problem details carry it as "requestId") and puts it on every line logged while serving the request.
/// Runs before UseSerilogRequestLogging, whose one line per request carries it too.
/// </summary>
/// <remarks>
/// ASP.NET's hosting log scope already carries a "RequestId" (Kestrel's connection-based id, captured before any
/// middleware runs); Serilog takes the innermost scope's value, so ours is a scope opened here. LogContext covers lines
/// written through Serilog's own API.
/// </remarks>
public sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string Header = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var requestId = IsUsable(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = requestId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = requestId;
            return Task.CompletedTask;
        });
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId }))
        using (LogContext.PushProperty("RequestId", requestId))
            await next(context);
    }

    // An id is echoed into headers and logs, so accept only short, plain ones.
    private static bool IsUsable(string id) =>
        id.Length is > 0 and <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
