using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsEvents.Api.Extraction;
using NewsEvents.Data;

namespace NewsEvents.Api.Health;

/// <summary>Ready only when every migration has been applied (a new instance must not serve an old schema).</summary>
public sealed class MigrationsHealthCheck(NewsEventsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        return pending.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"Pending migrations: {string.Join(", ", pending)}");
    }
}

/// <summary>Ready once the extraction engine (gazetteer, lexicons) is loaded; resolving it forces the load.</summary>
public sealed class ExtractorHealthCheck(IArticleExtractor extractor) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(HealthCheckResult.Healthy($"Extractor {extractor.Version} loaded."));
}

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        // Live: the process answers. Ready: it can do its work (database reachable, schema current, engine loaded).
        routes.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        routes.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        return routes;
    }
}
