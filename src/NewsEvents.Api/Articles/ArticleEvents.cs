using Microsoft.EntityFrameworkCore;
using NewsEvents.Data;

namespace NewsEvents.Api.Articles;

/// <summary>An event an article reports: "created" when the article was its first source, "joined" when it became another source of a stored event.</summary>
/// <param name="Id">The event's id (GET /api/events/{id}).</param>
/// <param name="Outcome">created or joined.</param>
public sealed record ArticleEventLink(long Id, string Outcome);

public static class ArticleEvents
{
    public const string Created = "created";
    public const string Joined = "joined";

    /// <summary>
    /// The events of each article, in one query. An event's first source is its lowest article id (ids grow with
    /// insertion), so the outcome is the same whether asked right after ingestion or when the article is posted again.
    /// </summary>
    public static async Task<Dictionary<long, List<ArticleEventLink>>> LoadAsync(NewsEventsDbContext db, IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        if (articleIds.Count == 0) return [];
        var ids = articleIds.Distinct().ToList();
        var rows = await db.EventSources.AsNoTracking().Where(s => ids.Contains(s.ArticleId))
            .Select(s => new { s.ArticleId, s.EventId, First = db.EventSources.Where(o => o.EventId == s.EventId).Min(o => o.ArticleId) })
            .ToListAsync(ct);
        var links = ids.ToDictionary(id => id, _ => new List<ArticleEventLink>());
        foreach (var row in rows.OrderBy(r => r.EventId))
            links[row.ArticleId].Add(new(row.EventId, row.First == row.ArticleId ? Created : Joined));
        return links;
    }
}
