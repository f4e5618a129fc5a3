using System.Net.Http.Headers;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Security;

/// <summary>Errors are problem details whatever the client accepts, and say what was expected in the client's terms.</summary>
public sealed class ProblemShapeTests : IAsyncLifetime
{
    private readonly NewsEventsFactory _factory = new(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()));
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A404UnderAcceptTextHtmlIsProblemDetails() => await (await _client.GetAsync("/api/no-such-thing")).Problem(404);

    [Fact]
    public async Task AMissingArticleUnderAcceptTextHtmlIsProblemDetails() => await (await _client.GetAsync("/api/articles/12345")).Problem(404);

    [Fact]
    public async Task MalformedJsonUnderAcceptTextHtmlIsProblemDetailsWithoutParserPositions()
    {
        var problem = await (await _client.PostRaw("/api/articles", """{"content": "unterminated""")).Problem(400);
        Assert.DoesNotContain("BytePosition", problem.ToJsonString());
        Assert.DoesNotContain("LineNumber", problem.ToJsonString());
    }

    [Fact]
    public async Task AnUnsupportedMethodIsProblemDetails() => await (await _client.PutAsync("/api/articles", null)).Problem(405);

    [Fact]
    public async Task ANonJsonContentTypeIsProblemDetails() =>
        await (await _client.PostAsync("/api/articles", new StringContent("content=x", System.Text.Encoding.UTF8, "text/plain"))).Problem(415);

    [Theory]
    [InlineData("/api/articles", """{"content": 5}""", "content", "a string")]
    [InlineData("/api/articles", """{"content": "Text.", "publishedAt": true}""", "publishedAt", "a date")]
    [InlineData("/api/articles/batch", """{"items": {"content": "Text."}}""", "items", "an array")]
    [InlineData("/api/articles/batch", """{"items": [{"content": ["Text."]}]}""", "items[0].content", "a string")]
    public async Task AWrongTypeNamesTheFieldAndWhatWasExpectedNotADotNetType(string path, string body, string field, string expected)
    {
        var message = await (await _client.PostRaw(path, body)).FieldError(field);
        Assert.Contains(expected, message);
        Assert.DoesNotContain("System.", message);
        Assert.DoesNotContain("Position", message);
    }
}
