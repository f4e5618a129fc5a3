using Microsoft.EntityFrameworkCore;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>A context on a test's database outside any service instance (after the instances are gone).</summary>
public static class Contexts
{
    public static NewsEventsDbContext Open(TestDatabase database) => database.Provider == DatabaseProvider.Sqlite
        ? new SqliteNewsEventsDbContext(new DbContextOptionsBuilder<SqliteNewsEventsDbContext>().UseSqlite(database.ConnectionString).Options)
        : new PostgresNewsEventsDbContext(new DbContextOptionsBuilder<PostgresNewsEventsDbContext>().UseNpgsql(database.ConnectionString).Options);
}
