using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Exports;

/// <summary>The exports write rows as they are read: the body is streamed (no Content-Length) and holds every matching event.</summary>
public sealed class StreamingExportTests
{
    private const int Count = 3000;

    private static async Task SeedAsync(NewsEventsFactory factory, DatabaseProvider provider)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsEventsDbContext>();
        var at = provider == DatabaseProvider.Postgres ? "'2025-03-01 00:00:00+00'" : "'2025-03-01 00:00:00'";
        var date = provider == DatabaseProvider.Postgres ? "DATE '2025-03-01' + (i % 28)" : "date('2025-03-01', '+' || (i % 28) || ' days')";
        var sql = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
            INSERT INTO "Events" ("Type", "SubType", "Date", "DatePrecision", "Country", "Fatalities", "Summary", "Confidence", "CreatedAt", "UpdatedAt", "ActorTypes")
            SELECT 'Battles', 'Armed clash', {date}, 'day', 'SD', i % 50, '-seeded, "event" ' || i, 0.5, {at}, {at}, 0 FROM n
            """.Replace("{count}", Count.ToString()).Replace("{date}", date).Replace("{at}", at);
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ThousandsOfEventsAreStreamedAsCsvInBothFormats(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();
        await SeedAsync(factory, provider);

        foreach (var format in new[] { "plain", "acled" })
        {
            using var response = await client.GetAsync($"/api/events/export.csv?format={format}&sort=fatalities", HttpCompletionOption.ResponseHeadersRead);
            Assert.Null(response.Content.Headers.ContentLength);
            Assert.Equal(new ContentDispositionHeaderValue("attachment").DispositionType, response.Content.Headers.ContentDisposition?.DispositionType);
            var table = CsvTable.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(Count, table.Rows.Count);
            var notes = format == "acled" ? "notes" : "summary";
            Assert.All(table.Rows, r => Assert.StartsWith("'-seeded, \"event\" ", r[notes]));
            Assert.Equal(Count, table.Rows.Select(r => r[format == "acled" ? "event_id_cnty" : "id"]).Distinct().Count());
        }
    }
}
