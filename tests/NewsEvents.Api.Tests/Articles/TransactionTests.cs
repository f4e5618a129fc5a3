using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Articles;

public sealed class TransactionTests
{
    /// <summary>Fails the first INSERT into EventActors: by then the article, places, actors, people and events have been sent.</summary>
    private sealed class FailOnEventActorsInsert : DbCommandInterceptor
    {
        public int Failures;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT INTO \"EventActors\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref Failures);
                throw new InvalidOperationException("Simulated failure half-way through saving an article.");
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AFailureHalfWayThroughSavingLeavesNothingWritten(DatabaseProvider provider)
    {
        var failing = new FailOnEventActorsInsert();
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()),
            services: s => s.AddSingleton<IInterceptor>(failing));
        var client = factory.CreateClient();

        var response = await client.Post("/api/articles", Http.Article());

        var problem = await response.Problem(500);
        Assert.DoesNotContain("Simulated", problem.ToJsonString());
        Assert.True(failing.Failures >= 1);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.Locations.CountAsync());
        Assert.Equal(0, await db.Actors.CountAsync());
        Assert.Equal(0, await db.People.CountAsync());
        Assert.Equal(0, await db.Tolls.CountAsync());
        Assert.Equal(0, await db.Events.CountAsync());
        Assert.Equal(0, await db.EventSources.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AFailureInsideABatchLeavesNoHalfWrittenArticle(DatabaseProvider provider)
    {
        var failing = new FailOnEventActorsInsert();
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()),
            services: s => s.AddSingleton<IInterceptor>(failing));
        var client = factory.CreateClient();

        var response = await client.Post("/api/articles/batch", new { items = new[] { Http.Article(), Http.Article() } });

        await response.Problem(500);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.Tolls.CountAsync());
        Assert.Equal(0, await db.EventSources.CountAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFailingClaimsInsertLeavesNothingOfTheArticleEitherAloneOrInABatch(bool batch)
    {
        // Claims are written by one multi-row INSERT after EF Core's SaveChanges; a trigger makes that statement fail.
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
            await db.Database.ExecuteSqlRawAsync("""CREATE TRIGGER no_claims BEFORE INSERT ON "Claims" BEGIN SELECT RAISE(ABORT, 'claims refused'); END;""");
        }

        var response = batch
            ? await client.Post("/api/articles/batch", new { items = new[] { Http.Article(), Http.Article() } })
            : await client.Post("/api/articles", Http.Article());

        await response.Problem(500);
        using var check = factory.Services.CreateScope();
        var stored = check.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        Assert.Equal(0, await stored.Articles.CountAsync());
        Assert.Equal(0, await stored.Tolls.CountAsync());
        Assert.Equal(0, await stored.Events.CountAsync());
        Assert.Equal(0, await stored.Claims.CountAsync());
    }
}
