namespace NewsEvents.Api.Security;

/// <summary>API keys (configuration section "Security").</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Accepted keys, each the key itself or "sha256:&lt;hex&gt;" of its UTF-8 bytes. Empty: the service is open.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>When keys are configured, reads need one too (health endpoints stay open).</summary>
    public bool RequireKeyForReads { get; set; }
}

/// <summary>Requests per minute per caller (a key, or a client IP without one); configuration section "RateLimits".</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int WritesPerMinute { get; set; } = 600;

    public int ReadsPerMinute { get; set; } = 6000;
}

/// <summary>Origins allowed to read the API from a browser (configuration section "Cors").</summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";

    public List<string> Origins { get; set; } = [];
}

internal static class Requests
{
    /// <summary>Anything but GET, HEAD and OPTIONS changes state (today: the POSTs; tomorrow any admin verb).</summary>
    public static bool IsWrite(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    public static bool IsHealth(HttpRequest request) => request.Path.StartsWithSegments("/health");
}
