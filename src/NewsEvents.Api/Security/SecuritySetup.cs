using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using NewsEvents.Api.Infrastructure;

namespace NewsEvents.Api.Security;

public static class SecuritySetup
{
    /// <summary>Keys, rate limits, CORS, headers and problem details for every error whatever the client accepts.</summary>
    public static IServiceCollection AddNewsEventsSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<ApiKeyRing>();
        services.AddNewsEventsRateLimits();

        var origins = configuration.GetSection(CorsOptions.Section).Get<CorsOptions>()?.Origins.Where(o => o.Length > 0).ToArray() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(origins).AllowAnyMethod()
            .WithHeaders("Content-Type", "Accept", "Authorization", "If-None-Match", "Prefer", ApiKeyRing.Header, RequestIdMiddleware.Header)
            .WithExposedHeaders("Location", "Retry-After", "ETag", "Preference-Applied", RequestIdMiddleware.Header)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        services.Configure<KestrelServerOptions>(o =>
        {
            o.AddServerHeader = false;
            RequestLimitsMiddleware.RaiseKestrelLimits(o);
        });
        // After AddProblemDetails' own writer, which answers clients that accept JSON: this one answers the rest.
        services.AddSingleton<IProblemDetailsWriter, FallbackProblemDetailsWriter>();
        return services;
    }

    /// <summary>After UseRouting: CORS (preflights answered here), then the rate limiter, then the key check.</summary>
    public static WebApplication UseNewsEventsSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ApiKeyRing>().IsEmpty)
            app.Logger.LogWarning("No API keys are configured (Security:ApiKeys): anyone who can reach the service can write to it.");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors();
        app.UseRateLimiter();
        app.UseMiddleware<ApiKeyMiddleware>();
        return app;
    }

    /// <summary>Swagger UI and JSON: on by default except in Production, where "Swagger:Enabled" must say true.</summary>
    public static bool SwaggerEnabled(this WebApplication app) =>
        app.Configuration.GetValue<bool?>("Swagger:Enabled") ?? !app.Environment.IsProduction();
}
