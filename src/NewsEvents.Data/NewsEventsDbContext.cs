using Microsoft.EntityFrameworkCore;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data;

/// <summary>
/// The one model. Each provider has a subclass (<see cref="SqliteNewsEventsDbContext"/>, <see cref="PostgresNewsEventsDbContext"/>)
/// only so that each owns its own migrations set (EF's "migrations with multiple providers" pattern); code uses this type.
/// </summary>
public abstract class NewsEventsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventSource> EventSources => Set<EventSource>();
    public DbSet<EventActor> EventActors => Set<EventActor>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<ArticleLocation> ArticleLocations => Set<ArticleLocation>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ArticleActor> ArticleActors => Set<ArticleActor>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Toll> Tolls => Set<Toll>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<DailyEventStat> DailyEventStats => Set<DailyEventStat>();
    public DbSet<TollObservation> TollObservations => Set<TollObservation>();
    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<JobItem> JobItems => Set<JobItem>();
    public DbSet<ChangeCounter> ChangeCounters => Set<ChangeCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsEventsDbContext).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        JoinRowDates.Sync(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await JoinRowDates.SyncAsync(ChangeTracker, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

/// <summary>The model on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteNewsEventsDbContext(DbContextOptions<SqliteNewsEventsDbContext> options) : NewsEventsDbContext(options);

/// <summary>The model on PostgreSQL; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresNewsEventsDbContext(DbContextOptions<PostgresNewsEventsDbContext> options) : NewsEventsDbContext(options);
