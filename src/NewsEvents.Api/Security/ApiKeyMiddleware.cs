using Microsoft.Extensions.Options;
using NewsEvents.Api.Infrastructure;

namespace NewsEvents.Api.Security;

/// <summary>
/// With keys configured, a write (or, with Security:RequireKeyForReads, any request) without a valid key gets 401
/// problem details. Health probes and CORS preflights stay open. The key itself is never logged or echoed.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyRing keys, IOptions<SecurityOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var needsKey = !keys.IsEmpty && !Requests.IsHealth(request) && !HttpMethods.IsOptions(request.Method)
            && (Requests.IsWrite(request) || options.Value.RequireKeyForReads);
        if (!needsKey || keys.Identify(context) is not null)
        {
            await next(context);
            return;
        }

        var sent = ApiKeyRing.Presented(request) is not null;
        context.Response.Headers.WWWAuthenticate = sent ? "Bearer realm=\"NewsEvents\", error=\"invalid_token\"" : "Bearer realm=\"NewsEvents\"";
        await context.WriteProblemAsync(StatusCodes.Status401Unauthorized, sent ? "The API key is not valid." : "An API key is required.",
            $"Send a valid key in the {ApiKeyRing.Header} header or as 'Authorization: Bearer <key>'.");
    }
}
