using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Articles;

/// <summary>Content with nothing to extract is refused, and a value of the wrong type is named in plain words.</summary>
public sealed class ContentValidationTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task ContentWithoutLettersOrWithFewerThanThreeWordsIsRefusedNamingContent(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();

        foreach (var content in new[] { "...", "12 345 6789 !!", "Shelling reported", "- - - -", "<p>…</p>" })
            Assert.Contains("3 words", await (await client.Post("/api/articles", new { content })).FieldError("content"));
        Assert.Equal(0, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ThreeWordsOrAShortSentenceInAScriptWithoutSpacesAreAccepted(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.Created, (await client.Post("/api/articles", new { content = "Clashes near Kharkiv." })).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await client.Post("/api/articles", new { content = "加沙发生空袭" })).StatusCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ABatchItemOfDotsIsInvalidAndNotStored(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();

        var body = await (await client.Post("/api/articles/batch", new { items = new object[] { new { content = "..." }, Http.Article() } })).Json();

        Assert.Equal("invalid", (string?)body["items"]![0]!["status"]);
        Assert.True(body["items"]![0]!["errors"]!.AsObject().ContainsKey("content"));
        Assert.Equal(1, (int)body["created"]!);
        Assert.Equal(1, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ABadPublishedAtGetsAPlainMessageWithoutDotNetTypeNames(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();

        foreach (var value in new[] { "\"last Tuesday\"", "12", "true", "{}" })
        {
            var message = await (await client.PostRaw("/api/articles", $$"""{"content":"Shells hit the market.","publishedAt":{{value}}}""")).FieldError("publishedAt");
            Assert.Contains("ISO 8601", message);
            Assert.DoesNotContain("System.", message);
            Assert.DoesNotContain("Nullable", message);
            Assert.DoesNotContain("BytePosition", message);
        }
        var batch = await (await client.PostRaw("/api/articles/batch", """{"items":[{"content":"Shells hit the market.","publishedAt":"soon"}]}""")).FieldError("items[0].publishedAt");
        Assert.Contains("ISO 8601", batch);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MalformedJsonAndWrongTypesNeverShowParserPositionsOrTypeNames(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var client = factory.CreateClient();

        foreach (var body in new[] { """{"content": "unterminated""", """{"content": 42}""", """{"items": "none"}""", "[1,2]", """{"content": "x",}""" })
        {
            var path = body.Contains("items") ? "/api/articles/batch" : "/api/articles";
            var text = (await (await client.PostRaw(path, body)).Problem(400)).ToJsonString();
            Assert.DoesNotContain("System.", text);
            Assert.DoesNotContain("BytePosition", text);
            Assert.DoesNotContain("LineNumber", text);
            Assert.DoesNotContain("`1", text);
        }
    }
}
