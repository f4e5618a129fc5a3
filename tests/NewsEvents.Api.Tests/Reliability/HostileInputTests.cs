using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Reliability;

/// <summary>Inputs that once answered 500: characters outside the BMP, year 1, an unknown charset.</summary>
public sealed class HostileInputTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AnArticleWithAnEmojiIsStored(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();

        var response = await client.Post("/api/articles", Http.Article(content: "Three people were killed in Goma on Sunday \U0001F600, residents said."));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("Shelling hit the town \uD83D and then \uDE00 again, residents said.")]
    [InlineData("Shelling hit the town \uFFFE\uFFFF, residents said.")]
    [InlineData("Shelling hit the town \u0000\u0001\u001F, residents said.")]
    public async Task ExtractingLoneSurrogatesNoncharactersAndControlsIsNotAServerError(string content)
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite);
        var response = await factory.CreateClient().Post("/api/extract", new { content });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task YearOneIsABadRequestNamingPublishedAtAndTheRestOfTheBatchIsStored(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();

        var single = await client.Post("/api/articles", Http.Article(published: "0001-01-01"));
        Assert.Contains("1900", await single.FieldError("publishedAt"));

        var items = Enumerable.Range(0, 6).Select(i => i == 4 ? Http.Article(published: "0001-01-01") : Http.Article()).ToArray();
        var batch = await (await client.Post("/api/articles/batch", new { items })).Json();
        Assert.Equal(5, (int)batch["created"]!);
        Assert.Equal("invalid", (string?)batch["items"]![4]!["status"]);
        Assert.Equal(5, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }

    [Fact]
    public async Task AnUnknownCharsetIsUnsupportedMediaType()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"content":"Shelling hit the town on Sunday."}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=foo");

        var problem = await (await factory.CreateClient().PostAsync("/api/articles", content)).Problem(415);

        Assert.Contains("foo", (string?)problem["detail"]);
    }

    [Fact]
    public async Task ADeclaredUtf8CharsetIsAccepted()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"content":"Shelling hit the town on Sunday, residents said."}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

        var response = await factory.CreateClient().PostAsync("/api/extract", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
