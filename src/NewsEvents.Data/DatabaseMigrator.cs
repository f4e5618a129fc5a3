using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace NewsEvents.Data;

public static class DatabaseMigrator
{
    // Any constant works; it only has to be the same in every instance of the service.
    private const long MigrationLockKey = 0x4E657773_4576; // "NewsEv"

    /// <summary>
    /// Applies pending migrations. On PostgreSQL several instances may start at once against one database, so the
    /// migration runs under a session advisory lock (EF's own migration lock covers the history table, the advisory lock
    /// also serialises our WAL/extension set-up and keeps the intent explicit). SQLite is switched to WAL so readers never block the writer.
    /// </summary>
    public static async Task MigrateAsync(NewsEventsDbContext db, CancellationToken cancellationToken = default)
    {
        // A migration that backfills or indexes a large table runs one long statement: QueryIndexes took minutes over a
        // million events, far past the 30 s default command timeout, which aborted start-up on PostgreSQL.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        try
        {
            await MigrateWithLongCommandsAsync(db, cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    private static async Task MigrateWithLongCommandsAsync(NewsEventsDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await CreatePostgresDatabaseAsync(db, cancellationToken);
            await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
            await connection.OpenAsync(cancellationToken);
            await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", connection))
                await lockCommand.ExecuteNonQueryAsync(cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", connection);
                await unlock.ExecuteNonQueryAsync(CancellationToken.None);
            }
            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
        // journal_mode=WAL is stored in the database file, so setting it once after migrating is enough.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        // SQLite has no background statistics: without them its planner may pick an index that scans most of Events.
        // analysis_limit keeps ANALYZE to a sample, so this stays well under a second on large databases.
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; ANALYZE;", cancellationToken);
    }

    // The advisory lock needs a connection to the database itself, so the database must exist first; two instances
    // may both try to create it, and the loser's "already exists" (42P04) is fine.
    private static async Task CreatePostgresDatabaseAsync(NewsEventsDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken)) return;
        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
        }
    }
}
