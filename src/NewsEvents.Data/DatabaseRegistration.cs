using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace NewsEvents.Data;

public static class DatabaseRegistration
{
    private static readonly SqlitePragmas Pragmas = new();

    /// <summary>
    /// Registers <see cref="NewsEventsDbContext"/> on the chosen provider. A relative SQLite path is resolved against
    /// <paramref name="contentRoot"/> and its folder is created, so a fresh clone runs with no set-up.
    /// Any <see cref="IInterceptor"/> registered in the container is attached (tests use this to make a save fail mid-way).
    /// </summary>
    public static IServiceCollection AddNewsEventsDatabase(this IServiceCollection services, DatabaseProvider provider,
        string? connectionString, string contentRoot)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:NewsEvents is empty.");
            return services.AddDbContext<NewsEventsDbContext, PostgresNewsEventsDbContext>((sp, o) => o
                .UseNpgsql(connectionString, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        }

        var sqlite = SqliteConnectionStrings.Resolve(connectionString, contentRoot);
        return services.AddDbContext<NewsEventsDbContext, SqliteNewsEventsDbContext>((sp, o) => o
            .UseSqlite(sqlite, s => s.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(sp.GetServices<IInterceptor>().Prepend(Pragmas)));
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
