using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Queries;

/// <summary>
/// One actor's date-ordered pages are read from the EventActors rows and their copy of the event's date: the copy stays
/// equal to the event's date, and the pages list what the plain filter over Events (the includeTotal path) lists.
/// </summary>
public sealed class ActorPageTests
{
    // Distinct type, place or date apart by more than a day, so that no two merge; two share a date (the id breaks the tie).
    private static readonly PlannedEvent[] Planned =
    [
        new("2025-03-01", 10),
        new("2025-03-01", 4, RichResults.Bakhmut, Actor1: "Sudanese Armed Forces", Actor1Type: "state_forces"),
        new("2025-03-05", null, Type: "Riots"),
        new("2025-03-09", 30, Type: "Explosions/Remote violence", Actor1: "Sudanese Armed Forces", Actor1Type: "state_forces"),
        new(null, 20, Type: "Protests"),                       // no date
        new("2025-03-12", 2, RichResults.Bakhmut, "Protests"),
        new("2025-03-20", 7, Type: "Violence against civilians"),
        new("2025-03-15", 1, RichResults.Bakhmut, "Explosions/Remote violence"),
        new("2025-03-25", 3, Type: "Strategic developments", Actor1: "Civilians (Sudan)", Actor1Type: "civilians"), // one actor, two roles
    ];

    private static long[] Ids(JsonObject page) => page["items"]!.AsArray().Select(e => (long)e!["id"]!).ToArray();

    private static async Task<(NewsEventsFactory Factory, HttpClient Client)> IngestAsync(DatabaseProvider provider)
    {
        var (factory, client, post) = EventPlan.Start(provider);
        foreach (var planned in Planned) await post(planned);
        return (factory, client);
    }

    private static async Task AssertLinksCarryTheirEventsDateAsync(NewsEventsFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        var links = await db.EventActors.Join(db.Events, a => a.EventId, e => e.Id, (a, e) => new { a.EventId, a.EventDate, e.Date }).ToListAsync();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal(l.Date, l.EventDate));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ActorLinksCarryTheirEventsDateAfterIngestingAndMerging(DatabaseProvider provider)
    {
        var (factory, _) = await IngestAsync(provider);
        await using var __ = factory;
        using (var scope = factory.Services.CreateScope())
            Assert.Equal(Planned.Length, await scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>().Events.CountAsync());
        await AssertLinksCarryTheirEventsDateAsync(factory);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AMergeThatJoinsAStoredEventGivesItsNewActorTheStoredDate(DatabaseProvider provider)
    {
        var (factory, _, post) = EventPlan.Start(provider);
        await using var __ = factory;
        var first = await post(new("2025-03-03", 12));
        var joined = await post(new("2025-03-04", 9, Actor1: "Wagner Group", Actor1Type: "external_force"));
        Assert.Equal(first, joined);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        var dates = await db.EventActors.Where(a => a.EventId == first).Select(a => a.EventDate).ToListAsync();
        Assert.Equal(3, dates.Count);
        Assert.All(dates, d => Assert.Equal(new DateOnly(2025, 3, 3), d));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MovingAnEventsDateMovesItsActorLinksInTheSameSave(DatabaseProvider provider)
    {
        var (factory, _) = await IngestAsync(provider);
        await using var __ = factory;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
            var dated = await db.Events.Where(e => e.Date != null).OrderBy(e => e.Id).ToListAsync(); // actors not loaded
            dated[0].Date = new DateOnly(2024, 12, 31);
            dated[1].Date = null;
            await db.SaveChangesAsync();
        }
        await AssertLinksCarryTheirEventsDateAsync(factory);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ActorPagesListWhatThePlainFilterLists(DatabaseProvider provider)
    {
        var (factory, client) = await IngestAsync(provider);
        await using var _ = factory;
        string[] filters = ["actor=Civilians (Sudan)", "actor=Sudanese Armed Forces", "actor=Rapid Support Forces&from=2025-03-05",
            "actor=Civilians (Sudan)&from=2025-03-02&to=2025-03-15", "actor=Civilians (Sudan)&country=UA", "actor=Civilians (Sudan)&type=Protests", "actor=Nobody"];
        foreach (var filter in filters)
            foreach (var sort in new[] { "date", "date-asc" })
            {
                var all = Ids(await (await client.GetAsync($"/api/events?{filter}&sort={sort}&size=500&includeTotal=true")).Json());
                var byPages = new List<long>();
                for (var page = 1; page <= 6; page++)
                    byPages.AddRange(Ids(await (await client.GetAsync($"/api/events?{filter}&sort={sort}&size=2&page={page}")).Json()));
                Assert.Equal(all, byPages);

                var byCursor = new List<long>();
                string? url = $"/api/events?{filter}&sort={sort}&size=3";
                for (var n = 0; url is not null; n++)
                {
                    Assert.True(n < 10, "paging does not end");
                    var page = await (await client.GetAsync(url)).Json();
                    byCursor.AddRange(Ids(page));
                    url = (string?)page["nextLink"];
                }
                Assert.Equal(all, byCursor);
            }
    }
}
