using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Events;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Queries;

/// <summary>
/// One outlet's date-ordered pages are read from the EventSources rows and their copies of the article's outlet and the
/// event's country and date: the copies stay equal to their originals, and every way of paging lists what a plain
/// recount through Articles.Source lists.
/// </summary>
public sealed class SourcePageTests
{
    // Two outlets; some reports join a stored event (same type and place, a day apart), one of them from the outlet
    // that reported it first, so that an event has two sources of one outlet and must still be listed once.
    private static readonly PlannedEvent[] Planned =
    [
        new("2025-03-01", 10, Source: "North Wire"),
        new("2025-03-02", 8, Source: "North Wire"),                                            // joins the first, same outlet
        new("2025-03-02", 6, Source: "South Desk"),                                            // joins it too, other outlet
        new("2025-03-01", 4, RichResults.Bakhmut, Actor1: "Sudanese Armed Forces", Actor1Type: "state_forces", Source: "South Desk"),
        new("2025-03-05", null, Type: "Riots", Source: "North Wire"),
        new("2025-03-09", 30, Type: "Explosions/Remote violence", Source: "South Desk"),
        new(null, 20, Type: "Protests", Source: "North Wire"),                                 // no date
        new("2025-03-12", 2, RichResults.Bakhmut, "Protests", Source: "North Wire"),
        new("2025-03-15", 1, RichResults.Bakhmut, "Explosions/Remote violence", Source: "North Wire"),
        new("2025-03-20", 7, Type: "Violence against civilians", Actor1: "Civilians (Sudan)", Actor1Type: "civilians", Source: "North Wire"),
    ];

    private static long[] Ids(JsonObject page) => page["items"]!.AsArray().Select(e => (long)e!["id"]!).ToArray();

    private static async Task<(NewsEventsFactory Factory, HttpClient Client)> IngestAsync(DatabaseProvider provider)
    {
        var (factory, client, post) = EventPlan.Start(provider);
        foreach (var planned in Planned) await post(planned);
        return (factory, client);
    }

    /// <summary>Every join row's copies equal their originals: actor links' dates, sources' outlets, countries and dates.</summary>
    internal static async Task AssertJoinRowCopiesAsync(NewsEventsFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        var sources = await db.EventSources.Select(s => new { s.Outlet, s.Country, s.EventDate, s.Article.Source, Copy = s.Event.Country, s.Event.Date }).ToListAsync();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Equal((s.Source, s.Copy, s.Date), (s.Outlet, s.Country, s.EventDate)));
        var links = await db.EventActors.Join(db.Events, a => a.EventId, e => e.Id, (a, e) => new { a.EventDate, e.Date }).ToListAsync();
        Assert.All(links, l => Assert.Equal(l.Date, l.EventDate));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SourceRowsCarryTheirOutletCountryAndDateAfterIngestingAndMerging(DatabaseProvider provider)
    {
        var (factory, _) = await IngestAsync(provider);
        await using var __ = factory;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
            Assert.Equal(Planned.Length - 2, await db.Events.CountAsync());
            Assert.Equal(Planned.Length, await db.EventSources.CountAsync());
        }
        await AssertJoinRowCopiesAsync(factory);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MovingAnEventsDateOrCountryMovesItsSourceRowsInTheSameSave(DatabaseProvider provider)
    {
        var (factory, _) = await IngestAsync(provider);
        await using var __ = factory;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
            var dated = await db.Events.Where(e => e.Date != null).OrderBy(e => e.Id).ToListAsync(); // sources not loaded
            dated[0].Date = new DateOnly(2024, 12, 31);
            dated[1].Date = null;
            dated[2].Country = "KE";
            await db.SaveChangesAsync();
        }
        await AssertJoinRowCopiesAsync(factory);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SourcePagesListWhatAPlainRecountLists(DatabaseProvider provider)
    {
        var (factory, client) = await IngestAsync(provider);
        await using var _ = factory;
        string[] filters = ["source=North Wire", "source=South Desk", "source=North Wire&country=SD", "source=North Wire&country=UA&actorType=rebel_group",
            "source=North Wire&from=2025-03-02&to=2025-03-15", "source=South Desk&country=SD&from=2025-03-01", "source=North Wire&type=Protests",
            "source=North Wire&actor=Rapid Support Forces", "source=Nobody"];
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        foreach (var filter in filters)
            foreach (var sort in new[] { "date", "date-asc" })
            {
                var recount = await Recount(db, filter, sort);
                var all = await (await client.GetAsync($"/api/events?{filter}&sort={sort}&size=500&includeTotal=true")).Json();
                Assert.Equal(recount, Ids(all));
                Assert.Equal(recount.Length, (int)all["total"]!);

                var byPages = new List<long>();
                for (var page = 1; page <= 6; page++)
                    byPages.AddRange(Ids(await (await client.GetAsync($"/api/events?{filter}&sort={sort}&size=2&page={page}")).Json()));
                Assert.Equal(recount, byPages);

                var byCursor = new List<long>();
                string? url = $"/api/events?{filter}&sort={sort}&size=3";
                for (var n = 0; url is not null; n++)
                {
                    Assert.True(n < 10, "paging does not end");
                    var page = await (await client.GetAsync(url)).Json();
                    byCursor.AddRange(Ids(page));
                    url = (string?)page["nextLink"];
                }
                Assert.Equal(recount, byCursor);
            }
    }

    // The filter without its outlet, then the outlet through each source's article: nothing read from the copies.
    private static async Task<long[]> Recount(NewsEventsDbContext db, string query, string sort)
    {
        var parts = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        string? Get(string key) => parts.GetValueOrDefault(key);
        var filter = new EventFilter(Get("from") is { } f ? DateOnly.Parse(f) : null, Get("to") is { } t ? DateOnly.Parse(t) : null, null, Get("country"),
            null, null, Get("actor"), Get("actorType"), Get("type"), null, null, null);
        var outlet = Get("source");
        var events = filter.Apply(db.Events.AsNoTracking(), db).Where(e => e.Sources.Any(s => s.Article.Source == outlet));
        return await new EventOrder("date", sort != "date-asc").Apply(events).Select(e => e.Id).ToArrayAsync();
    }
}
