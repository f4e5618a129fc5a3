using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Articles;

/// <summary>An article's claims, tolls (and their toll-timeline observations), event sources and place mentions, written by <see cref="BulkRows"/> after SaveChanges has given ids.</summary>
public sealed record PendingRows(
    List<(Claim Claim, Event? Event)> Claims,
    List<(Toll Toll, Event? Event)> Tolls,
    List<(EventSource Source, Event Event)> Sources,
    List<(ArticleLocation Mention, Location Location)> Places)
{
    /// <param name="article">The saved article (its id, source and extractor version).</param>
    /// <param name="now">When these figures were observed: a toll that belongs to an event joins its timeline.</param>
    public async Task WriteAsync(NewsEventsDbContext db, Article article, DateTime now, CancellationToken ct)
    {
        var articleId = article.Id;
        foreach (var (claim, evt) in Claims) (claim.ArticleId, claim.EventId) = (articleId, evt?.Id);
        foreach (var (toll, evt) in Tolls) (toll.ArticleId, toll.EventId) = (articleId, evt?.Id);
        await BulkRows.InsertClaimsAsync(db, Claims.Select(c => c.Claim), ct);
        await BulkRows.InsertTollsAsync(db, Tolls.Select(t => t.Toll), ct);
        // Appended, never replaced: re-extraction deletes the article's tolls but not what they said before.
        await BulkRows.InsertObservationsAsync(db, Tolls.Where(t => t.Event is not null).Select(t => new TollObservation
        {
            EventId = t.Event!.Id, ArticleId = articleId, Source = article.Source, ExtractorVersion = article.ExtractorVersion,
            Kind = t.Toll.Kind, Min = t.Toll.Min, Max = t.Toll.Max, Best = t.Toll.Best, Qualifier = t.Toll.Qualifier, ObservedAt = now,
        }), ct);
        // The copies that let an outlet's page read one index range (EventSource.Outlet); a later date change of the
        // event reaches them through SaveChanges.
        foreach (var (source, evt) in Sources)
            (source.ArticleId, source.EventId, source.Outlet, source.Country, source.EventDate) = (articleId, evt.Id, article.Source, evt.Country, evt.Date);
        await BulkRows.InsertSourcesAsync(db, Sources.Select(s => s.Source), ct);
        foreach (var (mention, location) in Places) (mention.ArticleId, mention.LocationId) = (articleId, location.Id);
        await BulkRows.InsertPlaceMentionsAsync(db, Places.Select(p => p.Mention), ct);
    }
}
