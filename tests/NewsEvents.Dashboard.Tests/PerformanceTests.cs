using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Dashboard.Tests.Infrastructure;
using NewsEvents.Data;
using Xunit.Abstractions;

namespace NewsEvents.Dashboard.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PerformanceTests(Browser browser, ITestOutputHelper output)
{
    /// <summary>
    /// 10,000 events in 400 places over two years, written straight to the database with their day counts (ingesting
    /// that many articles would take minutes), then the dashboard opened in five fresh browser contexts on a warmed-up server: every point
    /// reaches the map. The first-render times it prints are a measurement for docs/benchmarks.md (the target is 1 s),
    /// never an assertion: speed belongs in benchmarks, and this machine's cores are shared.
    /// </summary>
    [Fact]
    public async Task TenThousandEventsAllReachTheMap()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await SeedAsync(server, 10_000);
        Assert.Equal(10_000, (int)(await http.GetJsonAsync("api/events/points"))["count"]!);

        // A first visit warms the server (JIT, EF query compilation) as real traffic would have.
        for (var i = 0; i < 1; i++)
            await using (var warm = await DashboardPage.OpenAsync(browser, server, output))
                await warm.GoAsync();

        // Five fresh visits, each in a context of its own: the median and every value are printed, since this
        // machine's cores are shared and a single visit measures the neighbours as much as the dashboard.
        var renders = new List<int>();
        for (var visit = 0; visit < 5; visit++)
        {
            await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
            await dashboard.RunAsync(nameof(TenThousandEventsAllReachTheMap), async () =>
            {
                var page = dashboard.Page;
                await dashboard.GoAsync();
                renders.Add(await page.EvaluateAsync<int>("window.firstRenderMs"));
                output.WriteLine(await page.EvaluateAsync<string>(
                    "performance.getEntries().filter(e => e.entryType === 'mark' || e.name.includes('/api/')).map(e => `${e.name.replace(location.origin, '')} ${Math.round(e.startTime)}-${Math.round(e.responseEnd ?? e.startTime)}`).join('; ')"));
                Assert.Equal("10000", await page.GetAttributeAsync("#map", "data-points"));
                Assert.Equal("10000", await page.GetAttributeAsync("#totals", "data-events"));
                if (visit == 0)
                {
                    await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardPage.ScreenshotDirectory, "dashboard-10000.png") });
                    await page.Locator("#map").ScreenshotAsync(new() { Path = Path.Combine(DashboardPage.ScreenshotDirectory, "map-10000.png") });
                }
            });
        }
        output.WriteLine($"first render after navigation start: median {Median(renders)} ms of {string.Join(", ", renders)} ms");
    }

    private static int Median(List<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task SeedAsync(DashboardServer server, int count)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        var random = new Random(10);
        string[] types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
        (string Country, double Lat, double Lon)[] regions = [("SD", 15, 30), ("UA", 48.5, 35), ("SO", 3, 45), ("ML", 15, -2), ("MM", 20, 96), ("CD", -2, 28)];
        var places = Enumerable.Range(0, 400).Select(i =>
        {
            var r = regions[i % regions.Length];
            return new NewsEvents.Data.Entities.Location
            {
                Key = $"n:{r.Country}:place {i}", Name = $"Place {i}", Country = r.Country, Admin1 = $"Region {i % 20}",
                Latitude = r.Lat + random.NextDouble() * 6 - 3, Longitude = r.Lon + random.NextDouble() * 6 - 3, Precision = "town",
            };
        }).ToList();
        db.Locations.AddRange(places);
        await db.SaveChangesAsync();

        // The events in one transaction through one prepared statement: EF's change tracker takes seconds for 10,000 rows.
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "Events" ("Type", "SubType", "Date", "DatePrecision", "LocationId", "LocationName", "Country", "Admin1", "Fatalities", "Summary", "Confidence", "CreatedAt", "ActorTypes")
            VALUES ($type, 'Armed clash', $date, 'day', $location, $name, $country, $admin1, $fatalities, $summary, 0.5, $created, 0)
            """;
        var parameters = new[] { "$type", "$date", "$location", "$name", "$country", "$admin1", "$fatalities", "$summary", "$created" }
            .ToDictionary(n => n, n => { var p = insert.CreateParameter(); p.ParameterName = n; insert.Parameters.Add(p); return p; });
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var place = places[random.Next(places.Count)];
            parameters["$type"].Value = types[random.Next(types.Length)];
            parameters["$date"].Value = start.AddDays(random.Next(730)).ToString("yyyy-MM-dd");
            parameters["$location"].Value = place.Id;
            parameters["$name"].Value = place.Name;
            parameters["$country"].Value = place.Country;
            parameters["$admin1"].Value = place.Admin1;
            parameters["$fatalities"].Value = random.Next(4) == 0 ? DBNull.Value : random.Next(40);
            parameters["$summary"].Value = $"Seeded event {i}";
            parameters["$created"].Value = "2025-01-01 00:00:00";
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        // The timeline's day counts as ingestion keeps them, for every seeded event at once.
        await db.Database.ExecuteSqlRawAsync(DailyEventStats.Upsert(1, "{0}", "1 = 1"), [NewsEvents.Data.Entities.DailyEventStat.Undated]);
    }
}
