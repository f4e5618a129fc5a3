using System.Globalization;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Exports;

/// <summary>export.csv?format=acled: ACLED's columns and meanings, read back with a real CSV reader.</summary>
public sealed class AcledExportTests
{
    private static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
        "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
        "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private static async Task<CsvTable> Export(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/events/export.csv" + query);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return CsvTable.Parse(await response.Content.ReadAsStringAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task OneRowPerEventWithAcledsColumnsActorsCodesRegionAndJoinedSources(DatabaseProvider provider)
    {
        var (factory, client, post) = EventPlan.Start(provider);
        await using var _ = factory;
        var sudan = await post(new("2025-03-03", 12, Source: "Alpha Wire"));
        await post(new("2025-03-03", 15, Source: "Beta Wire"));                     // joins the same event
        var army = await post(new("2025-03-09", 4, Type: "Violence against civilians", Actor1: "Sudanese Armed Forces", Actor1Type: "state_forces"));
        await post(new("2025-03-12", 7, RichResults.Bakhmut, "Battles"));

        var started = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds();
        var table = await Export(client, "?format=acled&country=SD&sort=date-asc");

        Assert.Equal(AcledColumns, table.Columns);
        Assert.Equal(2, table.Rows.Count);
        var rsf = table.Rows[0];
        Assert.Equal($"SDN{sudan}", rsf["event_id_cnty"]);
        Assert.Equal("2025-03-03", rsf["event_date"]);
        Assert.Equal("2025", rsf["year"]);
        Assert.Equal("1", rsf["time_precision"]);
        Assert.Equal("Political violence", rsf["disorder_type"]);
        Assert.Equal("Battles", rsf["event_type"]);
        Assert.Equal("Rapid Support Forces", rsf["actor1"]);
        Assert.Equal("2", rsf["inter1"]);
        Assert.Equal("Civilians (Sudan)", rsf["actor2"]);
        Assert.Equal("7", rsf["inter2"]);
        Assert.Equal("27", rsf["interaction"]);
        Assert.Equal("Civilian targeting", rsf["civilian_targeting"]);
        Assert.Equal("729", rsf["iso"]);
        Assert.Equal("Northern Africa", rsf["region"]);
        Assert.Equal("Sudan", rsf["country"]);
        Assert.Equal("Khartoum", rsf["admin1"]);
        Assert.Equal("Omdurman", rsf["location"]);
        Assert.Equal(15.64, double.Parse(rsf["latitude"], CultureInfo.InvariantCulture));
        Assert.Equal(32.48, double.Parse(rsf["longitude"], CultureInfo.InvariantCulture));
        Assert.Equal("1", rsf["geo_precision"]);
        Assert.Equal("Alpha Wire; Beta Wire", rsf["source"]);
        Assert.StartsWith("Shelling in Omdurman killed 12", rsf["notes"]);
        Assert.Equal("12", rsf["fatalities"]);
        Assert.True(long.Parse(rsf["timestamp"], CultureInfo.InvariantCulture) >= started);

        var military = table.Rows[1];
        Assert.Equal($"SDN{army}", military["event_id_cnty"]);
        Assert.Equal("Military Forces of Sudan", military["actor1"]);
        Assert.Equal("1", military["inter1"]);
        Assert.Equal("17", military["interaction"]);

        var ukraine = Assert.Single((await Export(client, "?format=acled&country=UA")).Rows);
        Assert.Equal("804", ukraine["iso"]);
        Assert.Equal("Europe", ukraine["region"]);
        Assert.Equal("Ukraine", ukraine["country"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task CellsAFormulaCouldHideInArePrefixedButNegativeCoordinatesStayNumbers(DatabaseProvider provider)
    {
        var aruba = new LocationResult("Oranjestad", "Oranjestad", "AW", "Aruba", 12.52, -70.03, 3577154, "city", [new(0, 10)], "populated_place");
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input =>
        {
            var rich = RichResults.Incident(place: aruba)(input);
            return rich with { Events = [rich.Events[0] with { Summary = "=HYPERLINK(\"http://evil.example\",\"click\")" }] };
        }));
        var client = factory.CreateClient();
        await client.Post("/api/articles", Http.Article(source: "@Wire, \"quoted\"\nand a new line"));

        var acled = Assert.Single((await Export(client, "?format=acled")).Rows);
        var plain = Assert.Single((await Export(client, "")).Rows);

        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", acled["notes"]);
        Assert.Equal("'@Wire, \"quoted\"\nand a new line", acled["source"]);
        Assert.Equal("-70.03", acled["longitude"]);
        Assert.Equal("Caribbean", acled["region"]);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", plain["summary"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TodaysCsvStaysTheDefaultAndTakesTheEventFilters(DatabaseProvider provider)
    {
        var (factory, client, post) = EventPlan.Start(provider);
        await using var _ = factory;
        await post(new("2025-03-03", 12));
        var bakhmut = await post(new("2025-03-12", 7, RichResults.Bakhmut));
        await post(new("2025-03-15", 70, RichResults.Bakhmut, "Riots"));

        var table = await Export(client, "?country=UA&type=Battles");

        Assert.Equal(["id", "date", "date_end", "type", "sub_type", "location", "admin1", "country", "fatalities", "sources", "summary"], table.Columns);
        var row = Assert.Single(table.Rows);
        Assert.Equal(bakhmut.ToString(CultureInfo.InvariantCulture), row["id"]);
        Assert.Equal("Bakhmut", row["location"]);
        Assert.Equal("1", row["sources"]);
        await (await client.GetAsync("/api/events/export.csv?format=excel")).FieldError("format");
    }
}
