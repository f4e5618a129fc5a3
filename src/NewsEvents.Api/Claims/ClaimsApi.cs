using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Claims;

/// <summary>Who said what, in which article, about which event.</summary>
public sealed record ClaimItem(long Id, long ArticleId, long? EventId, string Speaker, string? SpeakerActor, string Verb, string Stance, bool Direct,
    string Text, int[] Span);

public static class ClaimsApi
{
    internal static readonly string[] Stances = ["assertion", "denial", "accusation", "claim_of_responsibility", "threat", "promise"];

    public static RouteGroupBuilder MapClaims(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/claims").WithTags("Claims");
        group.MapGet("/", ListClaims).ProducesValidationProblem();
        return group;
    }

    /// <summary>Lists claims, newest first. Filters: articleId, eventId, speakerActor (canonical actor), stance (assertion, denial, accusation, claim_of_responsibility, threat, promise), q (text in the claim).</summary>
    private static async Task<Results<Ok<Page<ClaimItem>>, ValidationProblem>> ListClaims(
        NewsEventsDbContext db, string? articleId, string? eventId, string? speakerActor, string? stance, string? q, string? page, string? size,
        CancellationToken ct)
    {
        var reader = new QueryReader();
        var (article, evt) = (reader.Id("articleId", articleId), reader.Id("eventId", eventId));
        var stanceValue = reader.OneOf("stance", stance, Stances);
        var (pageNumber, pageSize) = reader.Paging(page, size);
        if (!reader.IsValid) return TypedResults.ValidationProblem(reader.Errors);

        var claims = db.Claims.AsNoTracking();
        if (article is { } a) claims = claims.Where(c => c.ArticleId == a);
        if (evt is { } e) claims = claims.Where(c => c.EventId == e);
        if (QueryReader.Text(speakerActor) is { } speaker) claims = claims.Where(c => c.SpeakerActor == speaker);
        if (stanceValue is not null) claims = claims.Where(c => c.Stance == stanceValue);
        if (QueryReader.Text(q) is { } text) claims = claims.Where(c => c.Text.ToLower().Contains(text.ToLower()));

        var total = await claims.CountAsync(ct);
        var items = await claims.OrderByDescending(c => c.Id).Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(c => new ClaimItem(c.Id, c.ArticleId, c.EventId, c.Speaker, c.SpeakerActor, c.Verb, c.Stance, c.Direct, c.Text, new[] { c.SpanStart, c.SpanEnd }))
            .ToListAsync(ct);
        return TypedResults.Ok(new Page<ClaimItem>(items, total, pageNumber, pageSize));
    }
}
