using System.Text.Json.Nodes;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Queries;

/// <summary>Keyset paging: cursor in, next cursor and link out, in every sort order, stable while events are added.</summary>
public sealed class CursorPagingTests
{
    private static readonly PlannedEvent[] Seven =
    [
        new("2025-03-01", 10),
        new("2025-03-01", 10, RichResults.Bakhmut),            // ties the first on date and on fatalities
        new("2025-03-05", null),                               // no fatalities
        new("2025-03-09", 30, Type: "Explosions/Remote violence"),
        new(null, 20, Type: "Riots"),                          // no date
        new(null, null, RichResults.Bakhmut, "Protests"),      // neither
        new("2025-03-05", 5, RichResults.Bakhmut, "Explosions/Remote violence"),
    ];

    public static readonly TheoryData<string> Sorts =
        ["date", "date-asc", "fatalities", "fatalities-asc", "updated", "updated-asc"];

    private static long[] Ids(JsonObject page) => page["items"]!.AsArray().Select(e => (long)e!["id"]!).ToArray();

    private static async Task<List<long>> FollowAsync(HttpClient client, string first, Func<int, Task>? between = null)
    {
        var ids = new List<long>();
        var url = first;
        for (var pageNo = 0; url is not null; pageNo++)
        {
            Assert.True(pageNo < 50, "paging does not end");
            var response = await client.GetAsync(url);
            var page = await response.Json();
            ids.AddRange(Ids(page));
            url = (string?)page["nextLink"];
            Assert.Equal(url is null, page["next"] is null);
            if (url is not null) Assert.Equal($"<{url}>; rel=\"next\"", response.Headers.GetValues("Link").Single());
            // Pages fetched by cursor have no page number.
            if (pageNo > 0 || first.Contains("cursor=")) Assert.Null(page["pageNumber"]);
            if (between is not null) await between(pageNo);
        }
        return ids;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task FollowingNextVisitsEveryEventOnceInTheOrderOfEachSort(DatabaseProvider provider)
    {
        var (factory, client, post) = EventPlan.Start(provider);
        await using var _ = factory;
        foreach (var planned in Seven) await post(planned);

        foreach (var sort in Sorts)
        {
            var all = Ids(await (await client.GetAsync($"/api/events?sort={sort}&size=500")).Json());
            Assert.Equal(7, all.Length);
            Assert.Equal(all, await FollowAsync(client, $"/api/events?sort={sort}&size=2"));
            // Offset pages and cursor pages agree.
            var offset = new List<long>();
            for (var p = 1; p <= 4; p++) offset.AddRange(Ids(await (await client.GetAsync($"/api/events?sort={sort}&size=2&page={p}")).Json()));
            Assert.Equal(all, offset);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EventsAddedWhilePagingNeitherRepeatNorHideTheOthers(DatabaseProvider provider)
    {
        var (factory, client, post) = EventPlan.Start(provider);
        await using var _ = factory;
        foreach (var planned in Seven) await post(planned);
        var before = Ids(await (await client.GetAsync("/api/events?sort=fatalities&size=500")).Json());

        var added = new List<long>();
        var seen = await FollowAsync(client, "/api/events?sort=fatalities&size=2", async pageNo =>
        {
            // Inserts on every side of the cursor: more deadly (before it), as deadly, less deadly, unknown.
            if (pageNo == 0)
                foreach (var p in new PlannedEvent[] { new("2025-04-01", 99), new("2025-04-04", 10), new("2025-04-07", 1), new("2025-04-10", null) })
                    added.Add(await post(p));
        });

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(before.Except(seen));
        Assert.Equal(before, seen.Where(before.Contains));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task UpdatedSinceReturnsOnlyEventsCreatedOrJoinedSinceThenOldestChangeFirst(DatabaseProvider provider)
    {
        var (factory, client, post) = EventPlan.Start(provider);
        await using var _ = factory;
        var old = await post(new("2025-03-01", 10));
        var untouched = await post(new("2025-03-09", 3, RichResults.Bakhmut));
        var first = (await (await client.GetAsync($"/api/events/{old}")).Json());
        await Task.Delay(20);
        var since = DateTime.UtcNow.ToString("O");
        await Task.Delay(20);
        var joined = await post(new("2025-03-01", 8));     // another report of the first incident, with a lower toll
        var fresh = await post(new("2025-03-20", 1, Type: "Riots"));

        Assert.Equal(old, joined);
        var page = await (await client.GetAsync($"/api/events?updatedSince={Uri.EscapeDataString(since)}&sort=updated-asc")).Json();
        Assert.Equal([old, fresh], Ids(page));
        var updated = await (await client.GetAsync($"/api/events/{old}")).Json();
        Assert.True(DateTime.Parse((string)updated["updatedAt"]!) > DateTime.Parse((string)first["updatedAt"]!));
        Assert.Equal(8, (int)updated["fatalities"]!);
        Assert.DoesNotContain(untouched, Ids(page));
        Assert.Equal(2, (int)page["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ABadCursorOrUpdatedSinceIsNamed(DatabaseProvider provider)
    {
        var (factory, client, post) = EventPlan.Start(provider);
        await using var _ = factory;
        for (var i = 0; i < 3; i++) await post(new($"2025-03-0{i * 3 + 1}", i));
        var next = (string)(await (await client.GetAsync("/api/events?sort=date&size=1")).Json())["next"]!;

        await (await client.GetAsync("/api/events?cursor=not-a-cursor")).FieldError("cursor");
        Assert.Contains("sort", await (await client.GetAsync($"/api/events?sort=fatalities&cursor={next}")).FieldError("cursor"));
        await (await client.GetAsync($"/api/events?sort=date&page=2&cursor={next}")).FieldError("cursor");
        await (await client.GetAsync("/api/events?updatedSince=yesterday")).FieldError("updatedSince");
        await (await client.GetAsync("/api/events?sort=updated-sideways")).FieldError("sort");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ArticlesPageByCursorNewestFirst(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++) await client.Post("/api/articles", Http.Article(published: $"2025-03-{i * 3 + 1:00}"));
        var all = Ids(await (await client.GetAsync("/api/articles")).Json());

        var first = await (await client.GetAsync("/api/articles?size=2")).Json();
        await client.Post("/api/articles", Http.Article(published: "2025-03-30"));   // newer: before the cursor, not on later pages
        var rest = await FollowAsync(client, (string)first["nextLink"]!);

        Assert.Equal(all, Ids(first).Concat(rest));
        Assert.Equal(6, (int)(await (await client.GetAsync("/api/articles?size=1")).Json())["total"]!);
        await (await client.GetAsync("/api/articles?cursor=%%%")).FieldError("cursor");
    }
}
