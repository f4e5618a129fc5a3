using System.Text;
using Microsoft.Net.Http.Headers;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// A body whose Content-Type names a charset .NET cannot decode ("application/json; charset=foo") is refused with 415
/// problem details before any endpoint tries to read it; the JSON reader would otherwise throw an unexpected error.
/// </summary>
public sealed class CharsetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentType is { } header && MediaTypeHeaderValue.TryParse(header, out var media)
            && media.Charset is { Length: > 0 } charset && !IsKnown(charset.Value!.Trim('"')))
        {
            await context.WriteProblemAsync(StatusCodes.Status415UnsupportedMediaType, "The request body's charset is not supported.",
                $"Content-Type names charset '{charset}'; send the body as UTF-8 (charset=utf-8, or no charset).");
            return;
        }
        await next(context);
    }

    private static bool IsKnown(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
