using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Data;

public sealed class UpdatedAtMigrationTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task EventsStoredBeforeUpdatedAtExistedGetTheirCreationOrLastSourceTime(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = Open(provider, database.ConnectionString);
        var migrator = db.GetService<IMigrator>();
        var beforeUpdatedAt = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_EventUpdatedAt", StringComparison.Ordinal)).Last();
        await migrator.MigrateAsync(beforeUpdatedAt);
        // Times in UTC on both providers (PostgreSQL would read a bare literal in the session's time zone).
        var utc = provider == DatabaseProvider.Postgres ? "+00" : "";
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Articles" ("Id", "Content", "CleanText", "ContentHash", "ExtractorVersion", "ExtractionJson", "CreatedAt")
                VALUES (1, 'a', 'a', 'h1', 'v', '{{}}', '2025-01-01 08:00:00'), (2, 'b', 'b', 'h2', 'v', '{{}}', '2025-01-05 09:30:00');
            INSERT INTO "Events" ("Id", "Type", "SubType", "DatePrecision", "Summary", "Confidence", "CreatedAt", "ActorTypes")
                VALUES (1, 'Battles', 'Armed clash', 'day', 's', 0.5, '2025-01-01 08:00:00', 0), (2, 'Battles', 'Armed clash', 'day', 's', 0.5, '2025-01-02 10:00:00', 0);
            INSERT INTO "EventSources" ("EventId", "ArticleId", "Summary", "Confidence", "SpanStart", "SpanEnd")
                VALUES (1, 1, 's', 0.5, 0, 1), (1, 2, 's', 0.5, 0, 1);
            """.Replace(":00'", ":00" + utc + "'", StringComparison.Ordinal));

        await migrator.MigrateAsync();

        var updated = await db.Events.OrderBy(e => e.Id).Select(e => e.UpdatedAt).ToListAsync();
        Assert.Equal([new DateTime(2025, 1, 5, 9, 30, 0), new DateTime(2025, 1, 2, 10, 0, 0)], updated.Select(u => DateTime.SpecifyKind(u, DateTimeKind.Unspecified)));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static NewsEventsDbContext Open(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Sqlite
        ? new SqliteNewsEventsDbContext(new DbContextOptionsBuilder<SqliteNewsEventsDbContext>().UseSqlite(connectionString + ";Pooling=False").Options)
        : new PostgresNewsEventsDbContext(new DbContextOptionsBuilder<PostgresNewsEventsDbContext>().UseNpgsql(connectionString).Options);
}
