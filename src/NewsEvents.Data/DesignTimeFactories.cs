using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsEvents.Data;

// Used only by `dotnet ef migrations add`: each provider's context gets a throwaway connection string because
// generating a migration never connects.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNewsEventsDbContext>
{
    public SqliteNewsEventsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNewsEventsDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNewsEventsDbContext>
{
    public PostgresNewsEventsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNewsEventsDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
