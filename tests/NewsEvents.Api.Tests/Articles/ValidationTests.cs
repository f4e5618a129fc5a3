using System.Net;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Articles;

/// <summary>Every kind of bad input answers problem details naming what is wrong; none is a 500.</summary>
public sealed class ValidationTests : IAsyncLifetime
{
    private NewsEventsFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new NewsEventsFactory(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["Ingestion:MaxContentBytes"] = "1000" });
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task MissingContentIsNamed() =>
        Assert.Contains("required", await (await _client.PostRaw("/api/articles", """{"url":"https://a.example.org/x"}""")).FieldError("content"));

    [Fact]
    public async Task WhitespaceContentIsNamed() =>
        await (await _client.PostRaw("/api/articles", """{"content":"   "}""")).FieldError("content");

    [Fact]
    public async Task ContentOverTheLimitIsNamed() =>
        Assert.Contains("1000 bytes", await (await _client.Post("/api/articles", new { content = new string('x', 1500) })).FieldError("content"));

    [Fact]
    public async Task ABodyFarOverTheLimitIsRefusedWith413()
    {
        var problem = await (await _client.Post("/api/articles", new { content = new string('x', 200_000) })).Problem(413);
        Assert.Contains("too large", (string?)problem["title"]);
    }

    [Fact]
    public async Task MalformedJsonIsABadRequestNotAServerError()
    {
        var problem = await (await _client.PostRaw("/api/articles", """{"content": "unterminated""")).Problem(400);
        Assert.Contains("malformed", (string?)problem["title"]);
    }

    [Fact]
    public async Task AWrongTypedDateIsNamed() =>
        await (await _client.PostRaw("/api/articles", """{"content":"Text.","publishedAt":"last Tuesday"}""")).FieldError("publishedAt");

    [Fact]
    public async Task AnEmptyBodyIsABadRequest() =>
        await (await _client.PostRaw("/api/articles", "")).Problem(400);

    [Theory]
    [InlineData("/relative/path")]
    [InlineData("ftp://files.example.org/report")]
    [InlineData("not a url")]
    public async Task ANonAbsoluteOrNonHttpUrlIsNamed(string url) =>
        Assert.Contains("http", await (await _client.Post("/api/articles", new { content = "Some text.", url })).FieldError("url"));

    [Fact]
    public async Task APublicationDateFarInTheFutureIsNamed() =>
        Assert.Contains("future", await (await _client.Post("/api/articles", new { content = "Some text.", publishedAt = DateTime.UtcNow.AddDays(30) })).FieldError("publishedAt"));

    [Fact]
    public async Task UnknownFieldsAreIgnored() =>
        Assert.Equal(HttpStatusCode.Created, (await _client.PostRaw("/api/articles", """{"content":"A quiet day.","mood":"calm","tags":[1,2]}""")).StatusCode);

    [Fact]
    public async Task ABatchOverFiveHundredItemsIsRefused()
    {
        var items = Enumerable.Range(0, 501).Select(_ => new { content = "x" }).ToArray();
        Assert.Contains("500", await (await _client.Post("/api/articles/batch", new { items })).FieldError("items"));
    }

    [Fact]
    public async Task ABatchWithoutItemsIsRefused() =>
        await (await _client.PostRaw("/api/articles/batch", "{}")).FieldError("items");

    [Fact]
    public async Task ExtractValidatesItsBodyToo() =>
        await (await _client.PostRaw("/api/extract", """{"content":""}""")).FieldError("content");

    [Theory]
    [InlineData("/api/articles/999")]
    [InlineData("/api/articles/999/extraction")]
    [InlineData("/api/events/999")]
    public async Task AnUnknownIdIsANotFoundProblem(string path)
    {
        var problem = await (await _client.GetAsync(path)).Problem(404);
        Assert.Contains("999", (string?)problem["detail"]);
    }

    [Theory]
    [InlineData("/api/events?from=yesterday", "from")]
    [InlineData("/api/events?to=2025-13-01", "to")]
    [InlineData("/api/events?from=2025-03-01&to=2025-02-01", "to")]
    [InlineData("/api/events?country=Syria", "country")]
    [InlineData("/api/events?minFatalities=-1", "minFatalities")]
    [InlineData("/api/events?minFatalities=many", "minFatalities")]
    [InlineData("/api/events?sort=random", "sort")]
    [InlineData("/api/events?size=501", "size")]
    [InlineData("/api/events?page=0", "page")]
    [InlineData("/api/events/export.csv?from=soon", "from")]
    [InlineData("/api/stats/events?groupBy=week", "groupBy")]
    [InlineData("/api/articles?from=yesterday", "from")]
    [InlineData("/api/actors?country=XYZ", "country")]
    [InlineData("/api/locations?minEvents=lots", "minEvents")]
    [InlineData("/api/claims?stance=shouting", "stance")]
    [InlineData("/api/claims?eventId=abc", "eventId")]
    [InlineData("/api/tolls?kind=bored", "kind")]
    [InlineData("/api/tolls?from=yesterday", "from")]
    public async Task ABadFilterValueIsNamed(string path, string field) =>
        await (await _client.GetAsync(path)).FieldError(field);
}
