using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsEvents.Api.Events;
using NewsEvents.Api.Events.Stream;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Events;

/// <summary>GET /api/events/stream: Server-Sent Events of new and updated events, fed by ingestion after commit.</summary>
public sealed class EventStreamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>An open stream, read line by line.</summary>
    private sealed class Stream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public static async Task<Stream> OpenAsync(HttpClient client, string query = "")
        {
            var response = await client.GetAsync($"/api/events/stream{query}", HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            var stream = new Stream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
            Assert.Equal(": connected", await stream.LineAsync());
            return stream;
        }

        public async Task<string?> LineAsync()
        {
            using var timeout = new CancellationTokenSource(Patience);
            return await reader.ReadLineAsync(timeout.Token);
        }

        /// <summary>The next message: its event name and data (comments and blank lines skipped).</summary>
        public async Task<(string Event, JsonObject Data)> MessageAsync()
        {
            string? name = null;
            while (await LineAsync() is { } line)
            {
                if (line.StartsWith("event: ")) name = line["event: ".Length..];
                else if (line.StartsWith("data: ")) return (name!, JsonNode.Parse(line["data: ".Length..])!.AsObject());
            }
            throw new Xunit.Sdk.XunitException("The stream ended.");
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task NewAndUpdatedEventsArriveFilteredLikeTheList(DatabaseProvider provider)
    {
        var results = new Queue<Func<ArticleInput, ExtractionResult>>([
            RichResults.Incident(killed: 80, type: "Battles", place: RichResults.Bakhmut),
            RichResults.Incident(killed: 12),
            RichResults.Incident(killed: 15),
        ]);
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input => results.Dequeue()(input)));
        var client = factory.CreateClient();
        using var stream = await Stream.OpenAsync(client, "?country=SD");

        await client.Post("/api/articles", Http.Article(source: "Wire A"));   // Bakhmut: not Sudan, not sent
        await client.Post("/api/articles", Http.Article(source: "Wire B"));   // Omdurman: a new event
        await client.Post("/api/articles", Http.Article(source: "Wire C"));   // the same incident again: the event is updated

        var (created, first) = await stream.MessageAsync();
        Assert.Equal("created", created);
        Assert.Equal("created", (string?)first["change"]);
        Assert.Equal("Omdurman", (string?)first["event"]!["location"]);
        Assert.Equal(12, (int)first["event"]!["fatalities"]!);
        Assert.Equal(RichResults.Omdurman.Latitude, (double?)first["latitude"]);
        Assert.False((bool)first["approximate"]!);

        var (updated, second) = await stream.MessageAsync();
        Assert.Equal("updated", updated);
        Assert.Equal((long)first["event"]!["id"]!, (long)second["event"]!["id"]!);
        Assert.Equal(2, (int)second["event"]!["sourceCount"]!);
    }

    [Theory, OnSqlite]
    public async Task ABatchIsSentOnceItsTransactionCommitted(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input => RichResults.Incident(place: RichResults.Bakhmut, dateShift: 3 * int.Parse(input.Title![^2..^1]))(input)));
        var client = factory.CreateClient();
        using var stream = await Stream.OpenAsync(client);

        var items = Enumerable.Range(0, 3).Select(i => Http.Article()).ToArray();
        var batch = await (await client.Post("/api/articles/batch", new { items })).Json();
        Assert.Equal(3, (int)batch["created"]!);
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add((long)(await stream.MessageAsync()).Data["event"]!["id"]!);
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Theory, OnSqlite]
    public async Task TheStreamSendsHeartbeatsAndRefusesBadFilters(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()),
            settings: new Dictionary<string, string> { ["EventStream:HeartbeatSeconds"] = "0.2" });
        var client = factory.CreateClient();

        Assert.Contains("yyyy-MM-dd", await (await client.GetAsync("/api/events/stream?from=yesterday")).FieldError("from"));
        using var stream = await Stream.OpenAsync(client);
        Assert.Equal("retry: 3000", await stream.LineAsync());
        Assert.Equal("", await stream.LineAsync());
        Assert.Equal(": heartbeat", await stream.LineAsync());
    }

    [Theory, OnSqlite]
    public async Task AClientThatGoesAwayIsUnsubscribed(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(RichResults.Incident()));
        var client = factory.CreateClient();
        var broadcaster = factory.Services.GetRequiredService<IEventBroadcaster>();

        using (await Stream.OpenAsync(client)) Assert.True(broadcaster.HasSubscribers);
        var deadline = DateTime.UtcNow + Patience;
        while (broadcaster.HasSubscribers && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.False(broadcaster.HasSubscribers);
    }

    [Fact]
    public void ASubscriberThatFallsBehindLosesItsOldestNotices()
    {
        var broadcaster = new EventBroadcaster(NullLogger<EventBroadcaster>.Instance);
        using var slow = broadcaster.Subscribe();
        var notices = Enumerable.Range(1, EventBroadcaster.Capacity + 10).Select(i => new EventNotice(
            new EventStreamItem("created", new EventSummary(i, "Battles", "Armed clash", null, null, "day", null, null, null, null, "", 0.5, 1, DateTime.UnixEpoch), null, null, false),
            [], 0, [])).ToList();
        broadcaster.Publish(notices);

        Assert.True(slow.Reader.TryRead(out var oldest));
        Assert.Equal(11, oldest.Event.Id);
        Assert.Equal(EventBroadcaster.Capacity - 1, slow.Reader.Count);
    }

    [Fact]
    public async Task SwaggerDescribesTheStreamAndThePoints()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()));
        var doc = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        var stream = doc["paths"]!["/api/events/stream"]!["get"]!;
        Assert.NotNull(stream["responses"]!["200"]!["content"]!["text/event-stream"]);
        Assert.Contains("Server-Sent Events", (string?)stream["summary"] + (string?)stream["description"]);
        Assert.Contains(stream["parameters"]!.AsArray(), p => (string?)p!["name"] == "country");
        Assert.NotNull(doc["paths"]!["/api/events/points"]!["get"]);
    }
}
