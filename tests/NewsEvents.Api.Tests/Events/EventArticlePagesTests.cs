using NewsEvents.Data;
using NewsEvents.Api.Tests.Infrastructure;

namespace NewsEvents.Api.Tests.Events;

/// <summary>An event reported many times is read a page of its articles at a time, with those articles' figures only.</summary>
public sealed class EventArticlePagesTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AnEventsArticlesComeInPagesWithTheirOwnTollsAndClaims(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();
        var id = (long)(await (await client.Post("/api/articles", Http.Article())).Json())["events"]![0]!["id"]!;
        for (var i = 0; i < 4; i++) await client.Post("/api/articles", Http.Article());

        var all = await (await client.GetAsync($"/api/events/{id}")).Json();
        Assert.Equal(5, (int)all["articleCount"]!);
        var everyId = all["articles"]!.AsArray().Select(a => (long)a!["id"]!).ToList();
        Assert.Equal(5, everyId.Count);

        var pages = new List<long>();
        foreach (var page in new[] { 1, 2, 3 })
        {
            var detail = await (await client.GetAsync($"/api/events/{id}?articlesPage={page}&articlesSize=2")).Json();
            Assert.Equal(5, (int)detail["articleCount"]!);
            var ids = detail["articles"]!.AsArray().Select(a => (long)a!["id"]!).ToList();
            Assert.Equal(page < 3 ? 2 : 1, ids.Count);
            Assert.NotEmpty(detail["tolls"]!.AsArray());
            Assert.All(detail["tolls"]!.AsArray(), t => Assert.Contains((long)t!["articleId"]!, ids));
            Assert.All(detail["claims"]!.AsArray(), c => Assert.Contains((long)c!["articleId"]!, ids));
            pages.AddRange(ids);
        }
        Assert.Equal(everyId, pages);
        // the event's own figure is still the whole event's, whichever page is read
        Assert.Equal((int?)all["fatalities"], (int?)(await (await client.GetAsync($"/api/events/{id}?articlesPage=3&articlesSize=2")).Json())["fatalities"]);
    }

    [Theory]
    [InlineData("articlesSize=0")]
    [InlineData("articlesSize=201")]
    [InlineData("articlesPage=0")]
    [InlineData("articlesPage=two")]
    public async Task ABadArticlePageIsAValidationProblem(string query)
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();
        var id = (long)(await (await client.Post("/api/articles", Http.Article())).Json())["events"]![0]!["id"]!;
        var problem = await (await client.GetAsync($"/api/events/{id}?{query}")).Problem(400);
        Assert.NotNull(problem["errors"]![query.Split('=')[0]]);
    }
}
