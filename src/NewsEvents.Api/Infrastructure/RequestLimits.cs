using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// Request-line and header limits answered with problem details. Kestrel answers its own limits (414, 431) before any
/// middleware runs, with an empty body and no way to change it (see docs/reliability.md). So Kestrel's limits are
/// raised to a hard ceiling four times Kestrel's defaults, and the defaults are enforced here, where the answer can
/// explain itself. Only a request beyond the ceiling still gets Kestrel's bare answer.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next)
{
    public const int MaxRequestLineBytes = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    public const int MaxHeaderCount = 100;
    private const int Ceiling = 4;

    /// <summary>Kestrel's own limits: a ceiling above ours, so that ours answer first.</summary>
    public static void RaiseKestrelLimits(KestrelServerOptions options)
    {
        options.Limits.MaxRequestLineSize = Ceiling * MaxRequestLineBytes;
        options.Limits.MaxRequestHeadersTotalSize = Ceiling * MaxHeaderBytes;
        options.Limits.MaxRequestHeaderCount = Ceiling * MaxHeaderCount;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw.Length : request.PathBase.Value!.Length + request.Path.Value!.Length + request.QueryString.Value!.Length;
        // As Kestrel counts: "METHOD target HTTP/1.1\r\n", and each header line with its ": " and CRLF.
        var line = request.Method.Length + 1 + target + 1 + request.Protocol.Length + 2;
        if (line > MaxRequestLineBytes)
        {
            await context.WriteProblemAsync(StatusCodes.Status414UriTooLong, "The request URL is too long.",
                $"The request line is {line} bytes; this service accepts at most {MaxRequestLineBytes}. Send fewer or shorter query parameters.");
            return;
        }

        long headerBytes = 0;
        var count = 0;
        foreach (var (name, values) in request.Headers)
            foreach (var value in values)
            {
                headerBytes += name.Length + 2 + (value?.Length ?? 0) + 2;
                count++;
            }
        if (headerBytes > MaxHeaderBytes || count > MaxHeaderCount)
        {
            await context.WriteProblemAsync(StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large.",
                $"The request sent {count} header lines, {headerBytes} bytes; this service accepts at most {MaxHeaderCount} lines and {MaxHeaderBytes} bytes.");
            return;
        }
        await next(context);
    }
}
