using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsEvents.Api.Infrastructure;

namespace NewsEvents.Api.Security;

/// <summary>
/// ASP.NET Core's rate limiter: a fixed one-minute window per caller, one for writes and one for reads. A caller is
/// its key when it sent a valid one, otherwise its client IP (behind a proxy that is the proxy's: configure
/// forwarded headers there). Health probes are never limited.
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddNewsEventsRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            o.OnRejected = OnRejected;
        });

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (Requests.IsHealth(context.Request)) return RateLimitPartition.GetNoLimiter("health");
        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var write = Requests.IsWrite(context.Request);
        var perMinute = write ? limits.WritesPerMinute : limits.ReadsPerMinute;
        if (perMinute <= 0) return RateLimitPartition.GetNoLimiter("unlimited");

        var key = context.RequestServices.GetRequiredService<ApiKeyRing>().Identify(context);
        var caller = key is { } k ? $"key:{k}" : $"ip:{context.Connection.RemoteIpAddress}";
        return RateLimitPartition.GetFixedWindowLimiter($"{(write ? "write" : "read")}|{caller}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static async ValueTask OnRejected(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.WriteProblemAsync(StatusCodes.Status429TooManyRequests, "Too many requests.",
            $"This caller's {(Requests.IsWrite(context.Request) ? "write" : "read")} limit per minute is used up; retry after {seconds} s.");
    }
}
