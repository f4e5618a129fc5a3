using System.Net;
using System.Text.Json.Nodes;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Events;

/// <summary>GET /api/events/points answers kept per filter (PointsCache): the same answer, 304 to its tag, never stale.</summary>
public sealed class PointsCacheTests
{
    private static async Task<HttpResponseMessage> Get(HttpClient client, string path, string? tag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (tag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        return await client.SendAsync(request);
    }

    private static async Task<JsonObject> Points(HttpClient client, string query = "") => await (await Get(client, $"/api/events/points{query}")).Json();

    private static int?[] Fatalities(JsonObject points) => points["fatalities"]!.AsArray().Select(v => (int?)v).ToArray();

    [Theory, OnSqlite, OnPostgres]
    public async Task AKeptAnswerIsTheAnswerBuiltAfresh(DatabaseProvider provider)
    {
        var results = new Queue<Func<ArticleInput, ExtractionResult>>([
            RichResults.Incident(killed: 12),
            RichResults.Incident(killed: 80, type: "Battles", place: RichResults.Bakhmut),
        ]);
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input => results.Dequeue()(input)));
        var client = factory.CreateClient();
        await client.Post("/api/articles", Http.Article());
        await client.Post("/api/articles", Http.Article());

        foreach (var query in new[] { "", "?country=UA", "?minFatalities=50", "?type=Protests" })
        {
            var built = await (await Get(client, $"/api/events/points{query}")).Content.ReadAsStringAsync();
            var kept = await Get(client, $"/api/events/points{query}");
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
            Assert.Equal(built, await kept.Content.ReadAsStringAsync());
        }
        // One entry per filter as parsed: the country's case does not make another answer.
        Assert.Equal((await Get(client, "/api/events/points?country=UA")).Headers.ETag, (await Get(client, "/api/events/points?country=ua")).Headers.ETag);
        Assert.NotEqual((await Get(client, "/api/events/points")).Headers.ETag, (await Get(client, "/api/events/points?country=UA")).Headers.ETag);
        Assert.Equal(1, (int)(await Points(client, "?country=UA"))["count"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AMatchingETagAnswers304WithNoBody(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();
        await client.Post("/api/articles", Http.Article());

        var first = await Get(client, "/api/events/points");
        var tag = first.Headers.ETag!;
        Assert.False(tag.IsWeak);
        var notModified = await Get(client, "/api/events/points", tag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, (await Get(client, "/api/events/points", $"\"other\", {tag.Tag}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/api/events/points", "\"other\"")).StatusCode);
        // A bad filter is still a field error, whatever the tag.
        Assert.Contains("yyyy-MM-dd", await (await Get(client, "/api/events/points?from=yesterday", "*")).FieldError("from"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ANewArticleChangesTheKeptPointsAndTheirTag(DatabaseProvider provider)
    {
        var results = new Queue<Func<ArticleInput, ExtractionResult>>([
            RichResults.Incident(killed: 20),
            RichResults.Incident(killed: 80, type: "Battles", place: RichResults.Bakhmut),
            RichResults.Incident(killed: 12),
        ]);
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input => results.Dequeue()(input)));
        var client = factory.CreateClient();
        await client.Post("/api/articles", Http.Article());
        var before = await Get(client, "/api/events/points");
        var tag = before.Headers.ETag!.Tag;
        Assert.Equal([20], Fatalities(await before.Json()));

        // A new event.
        await client.Post("/api/articles", Http.Article());
        var added = await Get(client, "/api/events/points", tag);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.NotEqual(tag, added.Headers.ETag!.Tag);
        Assert.Equal(2, (int)(await added.Json())["count"]!);
        Assert.Equal(1, (int)(await Points(client, "?country=UA"))["count"]!);

        // A second report of the first incident, with a lower figure: no new event, the event's figure changes.
        tag = (await Get(client, "/api/events/points")).Headers.ETag!.Tag;
        await client.Post("/api/articles", Http.Article());
        var merged = await Get(client, "/api/events/points?country=SD", tag);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal([12], Fatalities(await merged.Json()));
        Assert.Equal(2, (int)(await Points(client))["count"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnEventDeletedByReextractionLeavesTheKeptPoints(DatabaseProvider provider)
    {
        // The second engine finds no event in the later report, posted first: re-extracting that report alone deletes
        // its event, which is neither the newest id nor the newest update, so only the deletion counter moves.
        var upgraded = new VersionedExtractor((version, input) => input.Content.Contains("later") && version == "engine-2"
            ? RichResults.Incident(killed: 7, place: RichResults.Bakhmut)(input) with { Events = [], Tolls = [], Claims = [] }
            : RichResults.Incident(killed: input.Content.Contains("later") ? 7 : 12, place: input.Content.Contains("later") ? RichResults.Bakhmut : null)(input));
        await using var factory = new NewsEventsFactory(provider, upgraded, JobPolling.Queue());
        var client = factory.CreateClient();
        await client.Post("/api/articles", Http.Article(url: "https://news.example.org/later", content: "The later report of drones over the town, by officials.", published: "2025-03-05"));
        await client.Post("/api/articles", Http.Article(url: "https://news.example.org/earlier", content: "The earlier report of shelling at the market, by medics.", published: "2025-03-03"));
        var before = await Get(client, "/api/events/points");
        var tag = before.Headers.ETag!.Tag;
        Assert.Equal(2, (int)(await before.Json())["count"]!);
        Assert.Equal(1, (int)(await Points(client, "?country=UA"))["count"]!);

        upgraded.Version = "engine-2";
        await client.WaitForJobAsync((await client.Post("/api/admin/reextract", new { from = "2025-03-05", to = "2025-03-05" })).Accepted());

        Assert.Equal(1, (int)(await (await client.GetAsync("/api/events")).Json())["total"]!);
        var after = await Get(client, "/api/events/points", tag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(1, (int)(await after.Json())["count"]!);
        Assert.Equal(0, (int)(await Points(client, "?country=UA"))["count"]!);
    }
}
