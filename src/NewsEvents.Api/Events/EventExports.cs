using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Events.Acled;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Events;

/// <summary>CSV (ours or ACLED's columns) and GeoJSON exports of the filtered events, streamed row by row.</summary>
public static class EventExports
{
    private static readonly string[] PlainColumns = ["id", "date", "date_end", "type", "sub_type", "location", "admin1", "country", "fatalities", "sources", "summary"];

    private const int FlushEvery = 500;

    public static RouteGroupBuilder MapEventExports(this RouteGroupBuilder group)
    {
        group.MapGet("/export.csv", ExportCsv).ProducesValidationProblem().Produces<string>(StatusCodes.Status200OK, "text/csv");
        group.MapGet("/export.geojson", ExportGeoJson).ProducesValidationProblem().Produces<GeoJsonFeatureCollection>(StatusCodes.Status200OK, "application/geo+json");
        return group;
    }

    /// <summary>The filtered events as CSV, all of them, streamed (same filters and sort as GET /api/events; no paging).</summary>
    /// <remarks>format=plain (default) has our columns; format=acled has ACLED's 31 columns with ACLED's meanings (actor names and inter codes,
    /// ISO numeric country codes, ACLED regions, notes = the summary, source = the outlets joined by "; "). Text cells that a spreadsheet
    /// would run as a formula (starting with = + - @, tab or CR) are prefixed with an apostrophe.</remarks>
    /// <param name="sort">As GET /api/events: date (default), fatalities or updated, optionally -asc or -desc.</param>
    /// <param name="format">plain (default) or acled.</param>
    private static Results<PushStreamHttpResult, ValidationProblem> ExportCsv([AsParameters] EventQuery query,
        [FromQuery(Name = "sort")] string? sort, [FromQuery(Name = "format")] string? format, NewsEventsDbContext db, CancellationToken ct)
    {
        var reader = new QueryReader();
        var filter = EventFilter.Parse(query, reader);
        var order = EventOrder.Parse(sort, reader);
        var acled = reader.OneOf("format", format, "plain", "acled") == "acled";
        if (filter is null || !reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);

        var rows = ExportRows.Stream(order.Apply(filter.Apply(db.Events.AsNoTracking(), db)));
        return TypedResults.Stream(body => WriteCsvAsync(body, rows, acled, ct), "text/csv; charset=utf-8", acled ? "events-acled.csv" : "events.csv");
    }

    /// <summary>The filtered events with coordinates as a GeoJSON FeatureCollection of points (RFC 7946), streamed; opens in QGIS and geojson.io as is.</summary>
    /// <remarks>Events whose place has no coordinates are left out, so the file is one clean point layer. Same filters and sort as GET /api/events; no paging.</remarks>
    /// <param name="sort">As GET /api/events: date (default), fatalities or updated, optionally -asc or -desc.</param>
    private static Results<PushStreamHttpResult, ValidationProblem> ExportGeoJson([AsParameters] EventQuery query,
        [FromQuery(Name = "sort")] string? sort, NewsEventsDbContext db, CancellationToken ct)
    {
        var reader = new QueryReader();
        var filter = EventFilter.Parse(query, reader);
        var order = EventOrder.Parse(sort, reader);
        if (filter is null || !reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);

        var events = filter.Apply(db.Events.AsNoTracking(), db).Where(e => e.Location != null && e.Location.Latitude != null && e.Location.Longitude != null);
        return TypedResults.Stream(body => GeoJsonWriter.WriteAsync(body, ExportRows.Stream(order.Apply(events)), ct), "application/geo+json", "events.geojson");
    }

    private static async Task WriteCsvAsync(System.IO.Stream body, IAsyncEnumerable<ExportRow> rows, bool acled, CancellationToken ct)
    {
        await using var text = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        await using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n", InjectionOptions = InjectionOptions.None });
        foreach (var column in acled ? AcledCsv.Columns : PlainColumns) csv.WriteField(column);
        await csv.NextRecordAsync();
        var written = 0;
        await foreach (var e in rows.WithCancellation(ct))
        {
            foreach (var cell in acled ? AcledCsv.Row(e) : PlainRow(e)) csv.WriteField(CsvInjection.Escape(cell));
            await csv.NextRecordAsync();
            if (++written % FlushEvery == 0) await text.FlushAsync(ct);
        }
        await csv.FlushAsync();
        await text.FlushAsync(ct);
    }

    private static string?[] PlainRow(ExportRow e) =>
    [
        e.Id.ToString(CultureInfo.InvariantCulture), e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.DateEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Type, e.SubType, e.Location, e.Admin1, e.Country,
        e.Fatalities?.ToString(CultureInfo.InvariantCulture), e.Outlets.Count.ToString(CultureInfo.InvariantCulture), e.Summary,
    ];
}

/// <summary>The shape of export.geojson, for the OpenAPI document only (the export itself is written by <see cref="GeoJsonWriter"/>).</summary>
public sealed record GeoJsonFeatureCollection(string Type, IReadOnlyList<GeoJsonFeature> Features);

/// <summary>A point feature: geometry.coordinates is [longitude, latitude].</summary>
public sealed record GeoJsonFeature(string Type, long Id, GeoJsonPoint Geometry, IDictionary<string, object?> Properties);

public sealed record GeoJsonPoint(string Type, double[] Coordinates);
