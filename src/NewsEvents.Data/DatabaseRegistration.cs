using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace NewsEvents.Data;

public static class DatabaseRegistration
{
    private static readonly SqlitePragmas Pragmas = new();

    /// <summary>
    /// EF logs every failed command and save at Error with a stack trace, even the unique-key races the ingestor
    /// expects and recovers from. Those go to Debug here; a failure nobody recovers from reaches the API's exception
    /// handler, which logs it at Error once.
    /// </summary>
    private static void QuietFailures(WarningsConfigurationBuilder warnings) =>
        warnings.Log((CoreEventId.SaveChangesFailed, Microsoft.Extensions.Logging.LogLevel.Debug), (RelationalEventId.CommandError, Microsoft.Extensions.Logging.LogLevel.Debug));

    /// <summary>
    /// Registers <see cref="NewsEventsDbContext"/> on the chosen provider. A relative SQLite path is resolved against
    /// <paramref name="contentRoot"/> and its folder is created, so a fresh clone runs with no set-up.
    /// Any <see cref="IInterceptor"/> registered in the container is attached (tests use this to make a save fail mid-way).
    /// </summary>
    public static IServiceCollection AddNewsEventsDatabase(this IServiceCollection services, DatabaseProvider provider,
        string? connectionString, string contentRoot)
    {
        services.AddSingleton(new WriteGate(provider));
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:NewsEvents is empty.");
            return services.AddDbContext<NewsEventsDbContext, PostgresNewsEventsDbContext>((sp, o) => o
                .UseNpgsql(connectionString, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(sp.GetServices<IInterceptor>()).ConfigureWarnings(QuietFailures));
        }

        var sqlite = SqliteConnectionStrings.Resolve(connectionString, contentRoot);
        return services.AddDbContext<NewsEventsDbContext, SqliteNewsEventsDbContext>((sp, o) => o
            .UseSqlite(sqlite, s => s.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(sp.GetServices<IInterceptor>().Prepend(Pragmas)).ConfigureWarnings(QuietFailures));
    }
}

public static class SqliteConnectionStrings
{
    public static string Resolve(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={DatabaseOptions.DefaultSqliteFile}" : connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            if (!Path.IsPathRooted(builder.DataSource)) builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        // Pooling keeps connections (and their WAL read snapshots) cheap under load.
        builder.Pooling = true;
        return builder.ToString();
    }
}
