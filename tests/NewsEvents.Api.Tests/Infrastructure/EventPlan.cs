using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>One planned incident: the article's publication date (null: the event has no date), its toll, place, type and main actor.</summary>
public sealed record PlannedEvent(string? Published, int? Killed, LocationResult? Place = null, string Type = "Battles",
    string Actor1 = "Rapid Support Forces", string Actor1Type = "rebel_group", string Source = "Test Wire");

/// <summary>Posts articles whose fake extraction yields the planned events, one event per article, in order.</summary>
public static class EventPlan
{
    public static (NewsEventsFactory Factory, HttpClient Client, Func<PlannedEvent, Task<long>> Post) Start(NewsEvents.Data.DatabaseProvider provider)
    {
        var plan = new Queue<PlannedEvent>();
        var factory = new NewsEventsFactory(provider, new FakeExtractor(input =>
        {
            var p = plan.Dequeue();
            var rich = RichResults.Incident(killed: p.Killed, type: p.Type, place: p.Place, actor1: p.Actor1, actor1Type: p.Actor1Type)(input);
            return p.Published is null ? rich with { Events = [rich.Events[0] with { Date = null }] } : rich;
        }));
        var client = factory.CreateClient();
        async Task<long> Post(PlannedEvent p)
        {
            plan.Enqueue(p);
            var response = await client.Post("/api/articles", Http.Article(published: p.Published ?? "2025-01-01", source: p.Source));
            var body = await response.Json();
            return (long)body["events"]![0]!["id"]!;
        }
        return (factory, client, Post);
    }
}
