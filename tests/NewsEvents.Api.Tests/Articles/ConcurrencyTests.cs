using System.Net;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Articles;

public sealed class ConcurrencyTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task RacingPostsOfOneArticleStoreItOnceAndAllAnswerWithIt(DatabaseProvider provider)
    {
        // A slow extractor lets every request pass the duplicate pre-check before any of them inserts,
        // so only the unique indexes can keep the article single.
        var gate = new Barrier(6);
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input =>
        {
            gate.SignalAndWait(TimeSpan.FromSeconds(10));
            return RichResults.Incident()(input);
        }));
        var client = factory.CreateClient();
        var article = Http.Article(url: "https://news.example.org/raced");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.Post("/api/articles", article)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var ids = await Task.WhenAll(responses.Select(async r => (long)(await r.Json())["id"]!));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
        Assert.Equal(1, (int)(await (await client.GetAsync("/api/locations")).Json())["total"]!);
        Assert.Equal(1, (int)(await (await client.GetAsync("/api/events")).Json())["total"]!);
    }
}
