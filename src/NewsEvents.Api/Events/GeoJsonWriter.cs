using System.Globalization;
using System.Text.Json;

namespace NewsEvents.Api.Events;

/// <summary>
/// Writes events as an RFC 7946 FeatureCollection of points ([longitude, latitude], WGS 84), the event's fields as flat
/// properties (what QGIS turns into attribute columns), flushing as it goes.
/// </summary>
public static class GeoJsonWriter
{
    private const int FlushEvery = 200;

    public static async Task WriteAsync(System.IO.Stream body, IAsyncEnumerable<ExportRow> rows, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var written = 0;
        await foreach (var e in rows.WithCancellation(ct))
        {
            if (e.Latitude is not { } lat || e.Longitude is not { } lon) continue;
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteNumber("id", e.Id);
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            // RFC 7946 §11.2: six decimals (about 10 cm) is precision enough.
            json.WriteNumberValue(Math.Round(lon, 6));
            json.WriteNumberValue(Math.Round(lat, 6));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            WriteProperties(json, e);
            json.WriteEndObject();
            json.WriteEndObject();
            if (++written % FlushEvery == 0) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteProperties(Utf8JsonWriter json, ExportRow e)
    {
        json.WriteNumber("id", e.Id);
        json.WriteString("type", e.Type);
        json.WriteString("subType", e.SubType);
        WriteDate(json, "date", e.Date);
        WriteDate(json, "dateEnd", e.DateEnd);
        json.WriteString("datePrecision", e.DatePrecision);
        json.WriteString("location", e.Location);
        json.WriteString("admin1", e.Admin1);
        json.WriteString("country", e.Country);
        json.WriteString("geoPrecision", e.GeoPrecision);
        if (e.Fatalities is { } killed) json.WriteNumber("fatalities", killed);
        else json.WriteNull("fatalities");
        json.WriteString("summary", e.Summary);
        json.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        json.WriteString("actor1", string.Join("; ", e.Actors.Where(a => a.Role == "actor1").Select(a => a.Name).Order(StringComparer.Ordinal)));
        json.WriteString("actor2", string.Join("; ", e.Actors.Where(a => a.Role == "actor2").Select(a => a.Name).Order(StringComparer.Ordinal)));
        json.WriteString("sources", string.Join("; ", e.DistinctOutlets));
        json.WriteNumber("sourceCount", e.Outlets.Count);
        json.WriteString("updatedAt", e.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture));
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }
}
