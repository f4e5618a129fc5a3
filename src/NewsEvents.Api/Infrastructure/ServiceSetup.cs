using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using NewsEvents.Api.Articles;
using NewsEvents.Api.Events;
using NewsEvents.Api.Events.Stream;
using NewsEvents.Api.Extraction;
using NewsEvents.Api.Health;
using NewsEvents.Api.Jobs;
using NewsEvents.Data;

namespace NewsEvents.Api.Infrastructure;

public static class ServiceSetup
{
    public static IServiceCollection AddNewsEvents(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddNewsEventsDatabase(database.Provider, configuration.GetConnectionString(DatabaseOptions.ConnectionStringName), environment.ContentRootPath);
        services.Configure<IngestionOptions>(configuration.GetSection(IngestionOptions.Section));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IArticleExtractor, PipelineArticleExtractor>();
        services.AddSingleton<ExtractionRunner>();
        services.AddScoped<ArticleIngestor>();
        services.AddNewsEventsQueue(configuration);
        services.AddSingleton<IEventBroadcaster, EventBroadcaster>();
        services.AddSingleton<PointsCache>();
        services.AddValidatorsFromAssemblyContaining<ArticleRequestValidator>(ServiceLifetime.Singleton);

        services.Configure<JsonOptions>(o => o.SerializerOptions.PropertyNameCaseInsensitive = true);
        // Bad input that ASP.NET detects itself (malformed JSON, missing body) is thrown so ProblemExceptionHandler can name the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["requestId"] = c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemExceptionHandler>();

        services.AddHealthChecks()
            .AddDbContextCheck<NewsEventsDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"])
            .AddCheck<ExtractorHealthCheck>("extractor", tags: ["ready"]);
        return services;
    }

    /// <summary>Migrates the database and loads the extraction engine before the first request is served.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>());
        app.Services.GetRequiredService<IArticleExtractor>();
    }
}
