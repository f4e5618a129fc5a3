using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Events;
using NewsEvents.Api.Stats;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Data.Entities;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Queries;

/// <summary>The precomputed daily stats agree with a plain recount over the events, after new events and merges.</summary>
public sealed class DailyStatsTests
{
    private static readonly string[] Filters =
        ["", "&country=SD", "&country=UA&type=Battles", "&admin1=Khartoum", "&admin1=Donetsk&country=UA", "&actorType=external_force", "&actorType=rebel_group&country=SD",
         "&from=2025-03-04&to=2025-03-10", "&type=Explosions/Remote violence&from=2025-03-01"];

    /// <summary>Seven articles over ten days, the last three in a batch; some join a stored event (a lower figure, no figure, a new actor type).</summary>
    /// <remarks>Each article's result is chosen by its source ("Wire i"), not by arrival: a batch extracts its items in parallel.</remarks>
    private static async Task<NewsEventsFactory> IngestAsync(DatabaseProvider provider)
    {
        Func<ArticleInput, ExtractionResult>[] plan = [
            RichResults.Incident(killed: 12),
            RichResults.Incident(killed: 9, dateShift: 1),                                                  // joins the first, lower figure
            RichResults.Incident(killed: 30, type: "Battles", place: RichResults.Bakhmut, actor1: "Russian Armed Forces", actor1Type: "external_force"),
            RichResults.Incident(killed: null, place: RichResults.Bakhmut, type: "Battles", actor1: "Wagner Group", actor1Type: "external_force"), // joins, no figure
            RichResults.Incident(killed: 4, type: "Battles", actor1: "Sudanese Armed Forces", actor1Type: "state_forces"),
            RichResults.Incident(killed: 50, actor1: "Russian Armed Forces", actor1Type: "external_force", dateShift: -1), // joins the first, new actor type
            RichResults.Incident(killed: 0, type: "Violence against civilians"),
        ];
        var factory = new NewsEventsFactory(provider, new FakeExtractor(input => plan[int.Parse(input.Source!["Wire ".Length..])](input)));
        var client = factory.CreateClient();
        string[] days = ["2025-03-03", "2025-03-03", "2025-03-05", "2025-03-05", "2025-03-08", "2025-03-04", "2025-03-12"];
        for (var i = 0; i < 4; i++) await client.Post("/api/articles", Http.Article(published: days[i], source: $"Wire {i}"));
        var batch = Enumerable.Range(4, 3).Select(i => Http.Article(published: days[i], source: $"Wire {i}")).ToArray();
        (await client.Post("/api/articles/batch", new { items = batch })).EnsureSuccessStatusCode();
        return factory;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task DailyStatsEqualAGroupByOverTheEventsAfterIngestingAndMerging(DatabaseProvider provider)
    {
        await using var factory = await IngestAsync(provider);
        var client = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        Assert.True(await db.Events.CountAsync() < 7, "some of the seven articles should have joined a stored event");

        foreach (var groupBy in new[] { "day", "country", "type" })
            foreach (var filter in Filters)
            {
                var served = await (await client.GetAsync($"/api/stats/events?groupBy={groupBy}{filter}")).Content.ReadAsStringAsync();
                var recount = await StatsApi.FromEventsAsync(db, Parse(filter), groupBy, CancellationToken.None);
                Assert.Equal(JsonSerializer.Serialize(recount.OrderBy(b => b.Key, StringComparer.Ordinal), Http.Web), served);
            }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EveryEventCountsOnceInTheWorldsRowsOnceInItsCountrysAndOnceInItsAdmin1s(DatabaseProvider provider)
    {
        await using var factory = await IngestAsync(provider);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        var events = await db.Events.CountAsync();
        var all = db.DailyEventStats.Where(s => s.ActorType == 0);
        const string every = DailyEventStat.All;
        Assert.Equal(events, await all.Where(s => s.Admin1 == every && s.Country == every).SumAsync(s => s.Events));
        Assert.Equal(events, await all.Where(s => s.Admin1 == every && s.Country != every).SumAsync(s => s.Events));
        Assert.Equal(events, await all.Where(s => s.Admin1 != every).SumAsync(s => s.Events));
        Assert.Equal(await db.Events.SumAsync(e => e.Fatalities ?? 0), await all.Where(s => s.Admin1 == every && s.Country == every).SumAsync(s => s.Fatalities));
    }

    private static EventFilter Parse(string filter)
    {
        var q = filter.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var query = new EventQuery(q.GetValueOrDefault("from"), q.GetValueOrDefault("to"), null, q.GetValueOrDefault("country"), q.GetValueOrDefault("admin1"),
            null, null, q.GetValueOrDefault("actorType"), q.GetValueOrDefault("type"), null, null, null);
        return EventFilter.Parse(query, new NewsEvents.Api.Infrastructure.QueryReader())!;
    }
}
