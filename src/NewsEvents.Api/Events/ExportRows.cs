using Microsoft.EntityFrameworkCore;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Events;

/// <summary>An event's actor as the exports need it.</summary>
public sealed record ExportActor(string Name, string Type, string? Country, string Role);

/// <summary>One event as the exports write it: its place's coordinates, its actors and its outlets in one row.</summary>
public sealed record ExportRow(
    long Id, string Type, string SubType, DateOnly? Date, DateOnly? DateEnd, string DatePrecision, string? Location, string? Admin1, string? Country,
    double? Latitude, double? Longitude, string? GeoPrecision, int? Fatalities, string Summary, double Confidence, DateTime UpdatedAt,
    List<ExportActor> Actors, List<string?> Outlets)
{
    public IEnumerable<string> DistinctOutlets => Outlets.OfType<string>().Where(o => o.Length > 0).Distinct();
}

public static class ExportRows
{
    /// <summary>
    /// The rows as the database returns them, one event at a time: a single query (the actors and sources ride on the
    /// event's rows), so nothing is buffered and memory stays flat however many events match. Split queries, the
    /// default elsewhere, would hold the collections' results for the whole export.
    /// </summary>
    public static IAsyncEnumerable<ExportRow> Stream(IQueryable<Event> ordered) =>
        ordered.AsSingleQuery().Select(e => new ExportRow(e.Id, e.Type, e.SubType, e.Date, e.DateEnd, e.DatePrecision, e.LocationName, e.Admin1, e.Country,
                e.Location == null ? null : e.Location.Latitude, e.Location == null ? null : e.Location.Longitude, e.Location == null ? null : e.Location.Precision,
                e.Fatalities, e.Summary, e.Confidence, DateTime.SpecifyKind(e.UpdatedAt, DateTimeKind.Utc),
                e.Actors.Select(a => new ExportActor(a.Actor.Name, a.Actor.Type, a.Actor.Country, a.Role)).ToList(),
                e.Sources.OrderBy(s => s.ArticleId).Select(s => s.Article.Source).ToList()))
            .AsAsyncEnumerable();
}
