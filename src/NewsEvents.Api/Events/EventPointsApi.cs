using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Events;

/// <summary>
/// Map points, one column per field (point i is <c>id[i]</c>, <c>lat[i]</c>, ...), which keeps 50,000 points near 1 MB.
/// </summary>
/// <param name="Count">Points returned.</param>
/// <param name="Unplaced">Matching events left off the map because neither their place nor its parent region has coordinates.</param>
/// <param name="Truncated">More than <see cref="EventPointsApi.MaxPoints"/> events matched; the newest were kept.</param>
/// <param name="Types">The event types that <paramref name="Type"/> indexes.</param>
/// <param name="Fatalities">Null when no figure was reported.</param>
/// <param name="Approximate">True where the place itself was not resolved and the point stands at its parent region's (or country's) centre.</param>
public sealed record EventPoints(
    int Count, int Unplaced, bool Truncated, IReadOnlyList<string> Types,
    long[] Id, double[] Lat, double[] Lon, int[] Type, int?[] Fatalities, bool[] Approximate);

public static class EventPointsApi
{
    public const int MaxPoints = 50_000;

    public static RouteHandlerBuilder MapEventPoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/events/points", GetPoints).WithTags("Events").ProducesValidationProblem();

    /// <summary>
    /// Compact map points for the events matching the filters of GET /api/events (page, size and sort do not apply):
    /// id, latitude, longitude, type and fatalities, newest first, at most 50,000.
    /// </summary>
    /// <remarks>
    /// An event whose place was not resolved is drawn at its parent region's centre (or its country's) and flagged
    /// approximate. The response carries an ETag; send it back as If-None-Match to get 304 Not Modified while no event
    /// or place has changed.
    /// </remarks>
    private static async Task<Results<Ok<EventPoints>, StatusCodeHttpResult, ValidationProblem>> GetPoints(
        [AsParameters] EventQuery query, NewsEventsDbContext db, PointsCache cache, HttpContext http, CancellationToken ct)
    {
        var reader = new QueryReader();
        if (EventFilter.Parse(query, reader) is not { } filter) return TypedResults.ValidationProblem(reader.Errors);
        var current = await PointsCache.ReadAsync(filter, db, ct);
        http.Response.Headers.ETag = current.Tag.ToString();
        if (EventDetails.Matches(http.Request, current.Tag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(await cache.GetAsync(current, token => LoadAsync(filter, db, token), ct));
    }

    private static async Task<EventPoints> LoadAsync(EventFilter filter, NewsEventsDbContext db, CancellationToken ct)
    {
        // Exactly the columns of the (Country, Date, Id, LocationId, Fatalities, Type) index, so that one country's points
        // are an index-only range; the coordinates come from the few places they name, not from a join per point. What
        // an unresolved place needs to find its parent is read afterwards, for those rows alone.
        var found = await filter.Apply(db.Events.AsNoTracking(), db)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(MaxPoints + 1)
            .Select(e => new { e.Id, e.LocationId, e.Fatalities, e.Type })
            .ToListAsync(ct);
        var truncated = found.Count > MaxPoints;
        if (truncated) found.RemoveAt(found.Count - 1);
        var placeIds = found.Where(r => r.LocationId is not null).Select(r => r.LocationId!.Value).Distinct().ToList();
        var coordinates = await db.Locations.AsNoTracking().Where(l => placeIds.Contains(l.Id) && l.Latitude != null && l.Longitude != null)
            .Select(l => new { l.Id, l.Latitude, l.Longitude }).ToDictionaryAsync(l => l.Id, ct);
        var rows = found.Select(r => r.LocationId is { } place && coordinates.TryGetValue(place, out var c)
            ? new PointRow(r.Id, r.Type, r.Fatalities, c.Latitude, c.Longitude, null, null, null)
            : new PointRow(r.Id, r.Type, r.Fatalities, null, null, null, null, null)).ToList();

        var unresolved = rows.Where(r => r.Lat is null || r.Lon is null).Select(r => r.Id).ToList();
        var places = unresolved.Count == 0 ? [] : await db.Events.AsNoTracking().Where(e => unresolved.Contains(e.Id))
            .Select(e => new PointRow(e.Id, e.Type, e.Fatalities, null, null, e.Location!.Parent, e.Country, e.Admin1))
            .ToListAsync(ct);
        var centres = await PlaceCentres.LoadAsync(db, places, ct);
        var centreOf = places.ToDictionary(p => p.Id, centres.Find);
        var types = new List<string>();
        var typeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var placed = new List<(PointRow Row, double Lat, double Lon, bool Approximate)>(rows.Count);
        foreach (var r in rows)
        {
            if (r.Lat is { } lat && r.Lon is { } lon) placed.Add((r, lat, lon, false));
            else if (centreOf.GetValueOrDefault(r.Id) is { } c) placed.Add((r, c.Lat, c.Lon, true));
        }
        foreach (var p in placed)
            if (!typeIndex.ContainsKey(p.Row.Type)) { typeIndex[p.Row.Type] = types.Count; types.Add(p.Row.Type); }

        return new EventPoints(placed.Count, rows.Count - placed.Count, truncated, types,
            placed.Select(p => p.Row.Id).ToArray(),
            placed.Select(p => Math.Round(p.Lat, 4)).ToArray(),
            placed.Select(p => Math.Round(p.Lon, 4)).ToArray(),
            placed.Select(p => typeIndex[p.Row.Type]).ToArray(),
            placed.Select(p => p.Row.Fatalities).ToArray(),
            placed.Select(p => p.Approximate).ToArray());
    }
}

internal sealed record PointRow(long Id, string Type, int? Fatalities, double? Lat, double? Lon, string? Parent, string? Country, string? Admin1);
