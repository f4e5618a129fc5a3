using System.Net;
using System.Net.Http.Headers;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Events;

public sealed class EventETagTests
{
    private static async Task<HttpResponseMessage> GetIfNoneMatch(HttpClient client, string path, string tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        return await client.SendAsync(request);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnUnchangedEventAnswers304ToItsETagAndAChangedOneANewTagAndBody(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();
        var id = (long)(await (await client.Post("/api/articles", Http.Article())).Json())["events"]![0]!["id"]!;
        var path = $"/api/events/{id}";

        var first = await client.GetAsync(path);
        var tag = first.Headers.ETag!;
        Assert.False(tag.IsWeak);
        Assert.Equal(tag, (await client.GetAsync(path)).Headers.ETag);

        var notModified = await GetIfNoneMatch(client, path, tag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, (await GetIfNoneMatch(client, path, $"\"other\", W/{tag.Tag}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await GetIfNoneMatch(client, path, "*")).StatusCode);

        await client.Post("/api/articles", Http.Article());          // a second source joins the event
        var changed = await GetIfNoneMatch(client, path, tag.Tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Equal(2, (await changed.Json())["articles"]!.AsArray().Count);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnUnknownEventIsStillANotFoundProblemWhateverTheTag(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();
        await (await GetIfNoneMatch(client, "/api/events/999", "*")).Problem(404);
    }
}
