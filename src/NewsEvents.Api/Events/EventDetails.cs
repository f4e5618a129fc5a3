using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Events;

/// <summary>Loading one event with everything known about it, and its entity tag.</summary>
public static class EventDetails
{
    /// <summary>Reporting articles an event detail holds when the request does not say (<c>articlesSize</c>).</summary>
    public const int DefaultArticles = 50;

    /// <summary>The most a request may ask for: an incident reported thousands of times is read a page of articles at a time.</summary>
    public const int MaxArticles = 200;

    /// <summary>
    /// The event with one page of its reporting articles (by article id) and those articles' tolls and claims; the
    /// count of all of them says how many pages there are. An event that gathered thousands of reports made one answer
    /// of megabytes, and memory that grew with it.
    /// </summary>
    public static async Task<EventDetail?> LoadAsync(NewsEventsDbContext db, long id, int page, int size, CancellationToken ct)
    {
        // The page's article ids first (SQLite cannot filter a split collection by a correlated, limited subquery), then
        // one projection; split queries load each collection in its own statement (no N+1, no cartesian explosion).
        var ids = await db.EventSources.AsNoTracking().Where(s => s.EventId == id).OrderBy(s => s.ArticleId)
            .Skip((page - 1) * size).Take(size).Select(s => s.ArticleId).ToListAsync(ct);
        return await db.Events.AsNoTracking().AsSplitQuery().Where(e => e.Id == id)
            .Select(e => new EventDetail(e.Id, e.Type, e.SubType, e.Date, e.DateEnd, e.DatePrecision, e.Fatalities, e.Summary, e.Confidence,
                DateTime.SpecifyKind(e.UpdatedAt, DateTimeKind.Utc),
                e.Location == null ? null : new EventLocation(e.Location.Id, e.Location.Name, e.Location.Country, e.Location.Admin1,
                    e.Location.Latitude, e.Location.Longitude, e.Location.GeonameId, e.Location.Precision),
                e.Actors.OrderBy(a => a.Role).ThenBy(a => a.ActorId).Select(a => new EventActorItem(a.ActorId, a.Actor.Name, a.Actor.Type, a.Role)).ToList(),
                e.Tolls.Where(t => ids.Contains(t.ArticleId)).OrderBy(t => t.ArticleId).ThenBy(t => t.SpanStart).ThenBy(t => t.Id)
                    .Select(t => new EventTollItem(t.Id, t.ArticleId, t.Kind, t.Min, t.Max, t.Best, t.Qualifier, t.Vague, t.Victims, t.AttributedTo, new[] { t.SpanStart, t.SpanEnd })).ToList(),
                e.Claims.Where(c => ids.Contains(c.ArticleId)).OrderBy(c => c.ArticleId).ThenBy(c => c.SpanStart).ThenBy(c => c.Id)
                    .Select(c => new EventClaimItem(c.Id, c.ArticleId, c.Speaker, c.SpeakerActor, c.Verb, c.Stance, c.Direct, c.Text, new[] { c.SpanStart, c.SpanEnd })).ToList(),
                e.Sources.Where(s => ids.Contains(s.ArticleId)).OrderBy(s => s.ArticleId).Select(s => new EventArticleItem(s.ArticleId, s.Article.Url, s.Article.Source, s.Article.Title,
                    s.Article.PublishedAt, s.Fatalities, s.Summary, new[] { s.SpanStart, s.SpanEnd })).ToList(),
                e.Sources.Count, page, size))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// A strong tag from the representation itself (SHA-256 of its JSON), so it changes with anything the response
    /// shows, whichever instance serves it; the collections are loaded in a fixed order for that reason.
    /// </summary>
    public static EntityTagHeaderValue ETag(EventDetail detail)
    {
        var hash = JsonHash.Sha256(detail, JsonDefaults.Web);
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash, 0, 16)}\"");
    }

    /// <summary>If-None-Match names this tag (weak comparison, as RFC 9110 asks for If-None-Match) or is "*".</summary>
    public static bool Matches(HttpRequest request, EntityTagHeaderValue tag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));

}
