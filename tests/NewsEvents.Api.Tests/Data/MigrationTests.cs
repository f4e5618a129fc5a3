using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Data;

/// <summary>Each provider's migrations set matches the one model: forgetting `dotnet ef migrations add` for either fails here.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void TheSqliteMigrationsMatchTheModel()
    {
        using var db = new SqliteNewsEventsDbContext(new DbContextOptionsBuilder<SqliteNewsEventsDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void ThePostgresMigrationsMatchTheModel()
    {
        // Comparing the model with the migrations snapshot needs no server.
        using var db = new PostgresNewsEventsDbContext(new DbContextOptionsBuilder<PostgresNewsEventsDbContext>().UseNpgsql("Host=localhost;Database=unused").Options);
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task StartingTheServiceAppliesEveryMigration(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        if (provider == DatabaseProvider.Sqlite)
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        }
    }

    [PostgresFact]
    public async Task TwoInstancesStartingAtOnceOnOnePostgresDatabaseBothSucceed()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await using var first = new NewsEventsFactory(DatabaseProvider.Postgres, shared: database);
        await using var second = new NewsEventsFactory(DatabaseProvider.Postgres, shared: database);
        await Task.WhenAll(Task.Run(() => first.CreateClient()), Task.Run(() => second.CreateClient()));

        var a = await first.CreateClient().Post("/api/articles", Http.Article(url: "https://news.example.org/raced"));
        var b = await second.CreateClient().Post("/api/articles", Http.Article(url: "https://news.example.org/raced"));
        Assert.Equal(System.Net.HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, b.StatusCode);
    }
}
