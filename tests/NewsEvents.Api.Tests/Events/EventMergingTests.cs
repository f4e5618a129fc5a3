using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Events;

/// <summary>The same incident reported by several outlets becomes one event with several sources, each keeping its own figures.</summary>
public sealed class EventMergingTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task TwoOutletsReportingOneIncidentMakeOneEventWithBothTollsSideBySide(DatabaseProvider provider)
    {
        var killed = new Queue<(int Killed, int Shift)>([(12, 0), (15, 1)]);
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input =>
        {
            var (k, shift) = killed.Dequeue();
            return RichResults.Incident(killed: k, dateShift: shift)(input);
        }));
        var client = factory.CreateClient();

        var first = (long)(await (await client.Post("/api/articles", Http.Article(source: "Wire A"))).Json())["id"]!;
        var second = (long)(await (await client.Post("/api/articles", Http.Article(source: "Wire B"))).Json())["id"]!;

        var events = await (await client.GetAsync("/api/events")).Json();
        Assert.Equal(1, (int)events["total"]!);
        var summary = events["items"]![0]!;
        Assert.Equal(2, (int)summary["sourceCount"]!);
        Assert.Equal(12, (int)summary["fatalities"]!);

        var detail = await (await client.GetAsync($"/api/events/{(long)summary["id"]!}")).Json();
        Assert.Equal([first, second], detail["articles"]!.AsArray().Select(a => (long)a!["id"]!));
        Assert.Equal(new[] { 12, 15 }, detail["articles"]!.AsArray().Select(a => (int)a!["fatalities"]!));
        Assert.Equal(new[] { 12, 15 }, detail["tolls"]!.AsArray().Select(t => (int)t!["best"]!));
        Assert.Equal([first, second], detail["tolls"]!.AsArray().Select(t => (long)t!["articleId"]!));
        Assert.Equal(2, detail["claims"]!.AsArray().Count);
        Assert.Equal("Omdurman", (string?)detail["location"]!["name"]);
        Assert.Equal(["Civilians (Sudan)", "Rapid Support Forces"], detail["actors"]!.AsArray().Select(a => (string)a!["name"]!).Order());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ASourceReportingNoDeathsDoesNotHideAnotherSourcesFigure(DatabaseProvider provider)
    {
        var killed = new Queue<int>([0, 27, 20]);
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input => RichResults.Incident(killed: killed.Dequeue())(input)));
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++) await client.Post("/api/articles", Http.Article(source: $"Wire {i}"));

        var summary = (await (await client.GetAsync("/api/events")).Json())["items"]![0]!;
        Assert.Equal(3, (int)summary["sourceCount"]!);
        Assert.Equal(20, (int)summary["fatalities"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task IncidentsOfAnotherTypeOrPlaceOrTwoDaysApartStaySeparate(DatabaseProvider provider)
    {
        var results = new Queue<Func<ArticleInput, ExtractionResult>>([
            RichResults.Incident(),
            RichResults.Incident(type: "Battles"),
            RichResults.Incident(place: RichResults.Bakhmut),
            RichResults.Incident(dateShift: 2),
        ]);
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input => results.Dequeue()(input)));
        var client = factory.CreateClient();

        for (var i = 0; i < 4; i++) await client.Post("/api/articles", Http.Article());

        var events = await (await client.GetAsync("/api/events")).Json();
        Assert.Equal(4, (int)events["total"]!);
        Assert.All(events["items"]!.AsArray(), e => Assert.Equal(1, (int)e!["sourceCount"]!));
    }
}
