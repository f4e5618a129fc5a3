using Microsoft.EntityFrameworkCore;
using NewsEvents.Data;

namespace NewsEvents.LoadTest;

/// <summary>Where the seeder writes: a SQLite file or a PostgreSQL database (<c>--provider sqlite|postgres</c>).</summary>
public sealed record SeedTarget(string Provider, string Connection)
{
    public static SeedTarget Parse(string provider, string target) => provider switch
    {
        "sqlite" => new(provider, $"Data Source={target}"),
        "postgres" => new(provider, target),
        _ => throw new ArgumentException($"--provider is sqlite or postgres, not '{provider}'."),
    };

    public NewsEventsDbContext Context() => Provider == "postgres"
        ? new PostgresNewsEventsDbContext(new DbContextOptionsBuilder<PostgresNewsEventsDbContext>().UseNpgsql(Connection).Options)
        : new SqliteNewsEventsDbContext(new DbContextOptionsBuilder<SqliteNewsEventsDbContext>().UseSqlite(Connection).Options);

    /// <summary>Drops the tables' secondary indexes (not primary keys); answers the statements that create them again.</summary>
    public async Task<List<string>> DropIndexesAsync(NewsEventsDbContext db, string[] tables)
    {
        var list = string.Join(", ", tables.Select(t => $"'{t}'"));
        var sql = Provider == "postgres"
            ? $"SELECT indexname AS \"Name\", indexdef AS \"Sql\" FROM pg_indexes WHERE tablename IN ({list}) AND indexname NOT LIKE 'PK_%'"
            : $"SELECT name AS \"Name\", sql AS \"Sql\" FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({list})";
        var found = await db.Database.SqlQueryRaw<IndexDefinition>(sql).ToListAsync();
        // Names from the database's own catalog, not from input.
#pragma warning disable EF1002
        foreach (var index in found) await db.Database.ExecuteSqlRawAsync($"DROP INDEX \"{index.Name}\"");
#pragma warning restore EF1002
        return found.Select(i => i.Sql).ToList();
    }

    public sealed record IndexDefinition(string Name, string Sql);

    /// <summary>
    /// Rows written with explicit ids leave PostgreSQL's identity sequences behind, so the next insert through the API
    /// would collide; statistics are refreshed on both so the first queries are planned on a full table.
    /// </summary>
    public async Task AfterBulkAsync(NewsEventsDbContext db)
    {
        if (Provider == "postgres")
        {
            await db.Database.ExecuteSqlRawAsync("""SELECT setval(pg_get_serial_sequence('"Articles"', 'Id'), (SELECT MAX("Id") FROM "Articles"))""");
            await db.Database.ExecuteSqlRawAsync("""SELECT setval(pg_get_serial_sequence('"Events"', 'Id'), (SELECT MAX("Id") FROM "Events"))""");
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
        else await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; ANALYZE;");
    }
}
