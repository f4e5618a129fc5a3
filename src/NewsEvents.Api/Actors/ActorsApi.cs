using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Actors;

/// <summary>An actor with the number of events it takes part in.</summary>
public sealed record ActorItem(long Id, string Name, string Type, string? Country, string? Parent, int EventCount);

public static class ActorsApi
{
    public static RouteGroupBuilder MapActors(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/actors").WithTags("Actors");
        group.MapGet("/", ListActors).ProducesValidationProblem();
        return group;
    }

    /// <summary>Lists actors, most active first. Filters: type (e.g. state_forces), country (ISO alpha-2), q (text in the name).</summary>
    private static async Task<Results<Ok<Page<ActorItem>>, ValidationProblem>> ListActors(
        NewsEventsDbContext db, string? type, string? country, string? q, string? page, string? size, CancellationToken ct)
    {
        var reader = new QueryReader();
        var countryCode = reader.Country("country", country);
        var (pageNumber, pageSize) = reader.Paging(page, size);
        if (!reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);

        var actors = db.Actors.AsNoTracking();
        if (QueryReader.Text(type) is { } t) actors = actors.Where(a => a.Type == t);
        if (countryCode is not null) actors = actors.Where(a => a.Country == countryCode);
        if (QueryReader.Text(q) is { } text) actors = actors.Where(a => a.Name.ToLower().Contains(text.ToLower()));

        var total = await actors.CountAsync(ct);
        // Order on an anonymous projection: EF cannot order by a member of a record built through its constructor.
        var items = (await actors
            .Select(a => new { Actor = a, EventCount = db.EventActors.Where(l => l.ActorId == a.Id).Select(l => l.EventId).Distinct().Count() })
            .OrderByDescending(a => a.EventCount).ThenBy(a => a.Actor.Name)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(ct))
            .Select(a => new ActorItem(a.Actor.Id, a.Actor.Name, a.Actor.Type, a.Actor.Country, a.Actor.Parent, a.EventCount)).ToList();
        return TypedResults.Ok(new Page<ActorItem>(items, total, pageNumber, pageSize));
    }
}
