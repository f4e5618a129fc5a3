using Microsoft.Net.Http.Headers;

namespace NewsEvents.Api.Security;

/// <summary>
/// Headers on every response, set as it starts so error pages get them too: nosniff; no framing of the API and
/// Swagger (DENY), same-origin framing only for everything else (the dashboard's static pages at "/"); no-store on
/// writes, whose answers are about one caller's request.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            if (!headers.ContainsKey(HeaderNames.XFrameOptions)) headers[HeaderNames.XFrameOptions] = IsApi(context.Request.Path) ? "DENY" : "SAMEORIGIN";
            if (Requests.IsWrite(context.Request)) headers[HeaderNames.CacheControl] = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/swagger") || path.StartsWithSegments("/health");
}
