using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Security;

/// <summary>
/// Should the engine ever throw on a text, the article is answered as not processed (422, or "failed" in a batch) and
/// nothing of it is stored; the other articles of a batch go on, and no request gets a 500.
/// </summary>
public sealed class EngineFailureTests
{
    private static readonly Func<ArticleInput, ExtractionResult> Incident = RichResults.Incident();

    private static NewsEventsFactory FailingOnDemand(DatabaseProvider provider) =>
        new(provider, new FakeExtractor(input =>
            input.Content.Contains("poison", StringComparison.Ordinal) ? throw new InvalidOperationException("engine bug") : Incident(input)));

    [Fact]
    public async Task AnEngineFailureOnExtractIs422()
    {
        await using var factory = FailingOnDemand(DatabaseProvider.Sqlite);

        var problem = await (await factory.CreateClient().Post("/api/extract", new { content = "A poison article." })).Problem(422);

        Assert.Contains("engine failed", (string?)problem["detail"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnEngineFailureOnAnArticleIs422AndNothingIsStored(DatabaseProvider provider)
    {
        await using var factory = FailingOnDemand(provider);
        var client = factory.CreateClient();

        var problem = await (await client.Post("/api/articles", Http.Article(content: "A poison article about shelling."))).Problem(422);

        Assert.Contains("not stored", (string?)problem["detail"]);
        Assert.Equal(0, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnEngineFailureInABatchMarksThatItemFailedAndTheOthersAreStored(DatabaseProvider provider)
    {
        await using var factory = FailingOnDemand(provider);
        var client = factory.CreateClient();
        var items = new[] { Http.Article(), Http.Article(content: "A poison article about shelling."), Http.Article(content: "Another article about shelling.") };

        var batch = await (await client.Post("/api/articles/batch", new { items })).Json();

        Assert.Equal(2, (int)batch["created"]!);
        Assert.Equal(1, (int)batch["failed"]!);
        Assert.Equal("failed", (string?)batch["items"]![1]!["status"]);
        Assert.Contains("engine failed", batch["items"]![1]!["errors"]!["content"]![0]!.ToString());
        Assert.Equal(2, (int)(await (await client.GetAsync("/api/articles")).Json())["total"]!);
    }
}
