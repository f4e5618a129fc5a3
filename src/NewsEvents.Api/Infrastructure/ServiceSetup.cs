using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using NewsEvents.Api.Articles;
using NewsEvents.Api.Events.Stream;
using NewsEvents.Api.Extraction;
using NewsEvents.Api.Health;
using NewsEvents.Data;
using Serilog;
using Serilog.Formatting.Json;

namespace NewsEvents.Api.Infrastructure;

public static class ServiceSetup
{
    /// <summary>Serilog to the console: readable lines in Development, one JSON object per event elsewhere (for log shippers).</summary>
    public static void AddSerilogLogging(this WebApplicationBuilder builder)
    {
        var config = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
        config = builder.Environment.IsDevelopment()
            ? config.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}")
            : config.WriteTo.Console(new JsonFormatter(renderMessage: true));
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(config.CreateLogger(), dispose: true);
    }

    public static IServiceCollection AddNewsEvents(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddNewsEventsDatabase(database.Provider, configuration.GetConnectionString(DatabaseOptions.ConnectionStringName), environment.ContentRootPath);
        services.Configure<IngestionOptions>(configuration.GetSection(IngestionOptions.Section));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IArticleExtractor, PipelineArticleExtractor>();
        services.AddScoped<ArticleIngestor>();
        services.AddSingleton<IEventBroadcaster, EventBroadcaster>();
        // FluentValidation.DependencyInjectionExtensions is not on our package mirror: validators are registered by hand.
        services.AddSingleton<IValidator<ArticleRequest>, ArticleRequestValidator>();
        services.AddSingleton<IValidator<BatchRequest>, BatchRequestValidator>();

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
