using System.Diagnostics;
using Serilog.Context;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// One log line per request (method, path, status, duration, request id). Honours an incoming X-Request-Id so a
/// caller can follow its request through our logs, and returns it on every response.
/// Serilog.AspNetCore is not on our package mirror; this is the small part of it we need.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string Header = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = IsUsable(context.Request.Headers[Header].ToString()) ? context.Request.Headers[Header].ToString() : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = requestId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = requestId;
            return Task.CompletedTask;
        });

        var started = Stopwatch.GetTimestamp();
        using (LogContext.PushProperty("RequestId", requestId))
        {
            try
            {
                await next(context);
            }
            finally
            {
                // RequestId is in the template because ASP.NET's own log scope also carries a "RequestId" (Kestrel's, not the caller's).
                logger.LogInformation("HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms (request {RequestId})",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, requestId);
            }
        }
    }

    // An id is echoed into headers and logs, so accept only short, plain ones.
    private static bool IsUsable(string id) =>
        id.Length is > 0 and <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
