using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsEvents.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

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

    [Fact]
    public async Task EventsStoredBeforeTheActorTypesColumnGetTheirTypesFilledIn()
    {
        var file = Path.Combine(Path.GetTempPath(), $"newsevents-backfill-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteNewsEventsDbContext(new DbContextOptionsBuilder<SqliteNewsEventsDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().First());
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Actors" ("Id", "Name", "Type") VALUES (1, 'Rebels', 'rebel_group'), (2, 'Army', 'state_forces'), (3, 'Odd', 'something_else');
                INSERT INTO "Events" ("Id", "Type", "SubType", "DatePrecision", "Summary", "Confidence", "CreatedAt")
                    VALUES (1, 'Battles', 'Armed clash', 'day', 's', 0.5, '2025-01-01'), (2, 'Battles', 'Armed clash', 'day', 's', 0.5, '2025-01-01'),
                           (3, 'Battles', 'Armed clash', 'day', 's', 0.5, '2025-01-01');
                INSERT INTO "EventActors" ("EventId", "ActorId", "Role") VALUES (1, 1, 'actor1'), (1, 2, 'actor2'), (2, 3, 'actor1');
                """);

            await migrator.MigrateAsync();

            var masks = await db.Events.OrderBy(e => e.Id).Select(e => e.ActorTypes).ToListAsync();
            Assert.Equal([ActorTypeMask.Bit("rebel_group") | ActorTypeMask.Bit("state_forces"), ActorTypeMask.Bit("something_else"), 0], masks);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
