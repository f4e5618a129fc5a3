using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Articles;

/// <summary>An article's claims, tolls, event sources and place mentions, written by <see cref="BulkRows"/> after SaveChanges has given ids.</summary>
public sealed record PendingRows(
    List<(Claim Claim, Event? Event)> Claims,
    List<(Toll Toll, Event? Event)> Tolls,
    List<(EventSource Source, Event Event)> Sources,
    List<(ArticleLocation Mention, Location Location)> Places)
{
    public async Task WriteAsync(NewsEventsDbContext db, long articleId, CancellationToken ct)
    {
        foreach (var (claim, evt) in Claims) (claim.ArticleId, claim.EventId) = (articleId, evt?.Id);
        foreach (var (toll, evt) in Tolls) (toll.ArticleId, toll.EventId) = (articleId, evt?.Id);
        await BulkRows.InsertClaimsAsync(db, Claims.Select(c => c.Claim), ct);
        await BulkRows.InsertTollsAsync(db, Tolls.Select(t => t.Toll), ct);
        foreach (var (source, evt) in Sources) (source.ArticleId, source.EventId) = (articleId, evt.Id);
        await BulkRows.InsertSourcesAsync(db, Sources.Select(s => s.Source), ct);
        foreach (var (mention, location) in Places) (mention.ArticleId, mention.LocationId) = (articleId, location.Id);
        await BulkRows.InsertPlaceMentionsAsync(db, Places.Select(p => p.Mention), ct);
    }
}
