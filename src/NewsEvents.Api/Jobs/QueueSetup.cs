using NewsEvents.Api.Articles;

namespace NewsEvents.Api.Jobs;

public static class QueueSetup
{
    /// <summary>The queue and, unless Ingestion:Role is Api, its workers as a hosted service.</summary>
    public static IServiceCollection AddNewsEventsQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QueueOptions>(configuration.GetSection(QueueOptions.Section));
        services.AddSingleton<QueueSignal>();
        services.AddScoped<JobQueue>();
        services.AddScoped<JobRunner>();
        services.AddScoped<ArticleReextractor>();
        var role = configuration.GetSection(QueueOptions.Section).Get<QueueOptions>()?.Role ?? IngestionRole.Both;
        if (role != IngestionRole.Api) services.AddHostedService<IngestionWorker>();
        return services;
    }
}
