using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Locations;

/// <summary>A place with the number of events that happened there.</summary>
public sealed record LocationItem(long Id, string Name, string? Country, string? Admin1, double? Latitude, double? Longitude, int? GeonameId,
    string Precision, string? Kind, int EventCount);

public static class LocationsApi
{
    public static RouteGroupBuilder MapLocations(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/locations").WithTags("Locations");
        group.MapGet("/", ListLocations).ProducesValidationProblem();
        return group;
    }

    /// <summary>Lists places with their event counts, busiest first. Filters: country (ISO alpha-2), admin1, q (text in the name), minEvents.</summary>
    private static async Task<Results<Ok<Page<LocationItem>>, ValidationProblem>> ListLocations(
        NewsEventsDbContext db, string? country, string? admin1, string? q, string? minEvents, string? page, string? size, CancellationToken ct)
    {
        var reader = new QueryReader();
        var countryCode = reader.Country("country", country);
        var min = reader.Int("minEvents", minEvents, 0, int.MaxValue);
        var (pageNumber, pageSize) = reader.Paging(page, size);
        if (!reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);

        var locations = db.Locations.AsNoTracking();
        if (countryCode is not null) locations = locations.Where(l => l.Country == countryCode);
        if (QueryReader.Text(admin1) is { } a) locations = locations.Where(l => l.Admin1 == a);
        if (QueryReader.Text(q) is { } text) locations = locations.Where(l => l.Name.ToLower().Contains(text.ToLower()));

        // Order on an anonymous projection: EF cannot order by a member of a record built through its constructor.
        var counted = locations.Select(l => new { Location = l, EventCount = db.Events.Count(e => e.LocationId == l.Id) });
        if (min is { } m) counted = counted.Where(l => l.EventCount >= m);

        var total = await counted.CountAsync(ct);
        var items = (await counted.OrderByDescending(l => l.EventCount).ThenBy(l => l.Location.Name)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(ct))
            .Select(x => new LocationItem(x.Location.Id, x.Location.Name, x.Location.Country, x.Location.Admin1, x.Location.Latitude,
                x.Location.Longitude, x.Location.GeonameId, x.Location.Precision, x.Location.Kind, x.EventCount))
            .ToList();
        return TypedResults.Ok(new Page<LocationItem>(items, total, pageNumber, pageSize));
    }
}
