using System.Text.Json.Nodes;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Exports;

public sealed class GeoJsonExportTests
{
    /// <summary>RFC 7946's structure for a FeatureCollection of points: what QGIS and geojson.io need to open the file.</summary>
    private static List<JsonObject> AssertPointCollection(JsonNode document)
    {
        Assert.Equal("FeatureCollection", (string?)document["type"]);
        var features = document["features"]!.AsArray().Select(f => f!.AsObject()).ToList();
        foreach (var feature in features)
        {
            Assert.Equal("Feature", (string?)feature["type"]);
            Assert.NotNull(feature["id"]);
            var geometry = feature["geometry"]!.AsObject();
            Assert.Equal("Point", (string?)geometry["type"]);
            var position = geometry["coordinates"]!.AsArray();
            Assert.Equal(2, position.Count);
            Assert.InRange((double)position[0]!, -180, 180);
            Assert.InRange((double)position[1]!, -90, 90);
            var properties = feature["properties"]!.AsObject();
            // Flat properties: each becomes an attribute column in QGIS.
            Assert.All(properties, p => Assert.True(p.Value is null or JsonValue, $"{p.Key} is not a plain value"));
        }
        return features;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EventsArePointsInLongitudeLatitudeOrderWithTheirFieldsAndEventsWithoutCoordinatesAreLeftOut(DatabaseProvider provider)
    {
        var nowhere = new LocationResult("Somewhere", "Somewhere", "SD", null, null, null, null, "unresolved", [new(0, 9)], "unresolved");
        var (factory, client, post) = EventPlan.Start(provider);
        await using var _ = factory;
        var omdurman = await post(new("2025-03-03", 12, Source: "Alpha Wire"));
        await post(new("2025-03-05", 3, nowhere));
        var bakhmut = await post(new("2025-03-12", 7, RichResults.Bakhmut));

        var response = await client.GetAsync("/api/events/export.geojson?sort=date-asc");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var features = AssertPointCollection(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        Assert.Equal([omdurman, bakhmut], features.Select(f => (long)f["id"]!));
        Assert.Equal("[32.48,15.64]", features[0]["geometry"]!["coordinates"]!.ToJsonString());
        var properties = features[0]["properties"]!;
        Assert.Equal("Battles", (string?)properties["type"]);
        Assert.Equal("2025-03-03", (string?)properties["date"]);
        Assert.Equal("Omdurman", (string?)properties["location"]);
        Assert.Equal("SD", (string?)properties["country"]);
        Assert.Equal(12, (int)properties["fatalities"]!);
        Assert.Equal("Rapid Support Forces", (string?)properties["actor1"]);
        Assert.Equal("Alpha Wire", (string?)properties["sources"]);
        Assert.NotNull((string?)properties["updatedAt"]);

        var ukraine = AssertPointCollection(JsonNode.Parse(await client.GetStringAsync("/api/events/export.geojson?country=UA"))!);
        Assert.Equal([bakhmut], ukraine.Select(f => (long)f["id"]!));
        Assert.Empty(AssertPointCollection(JsonNode.Parse(await client.GetStringAsync("/api/events/export.geojson?country=YE"))!));
        await (await client.GetAsync("/api/events/export.geojson?minFatalities=lots")).FieldError("minFatalities");
    }
}
