using System.Text.Json.Nodes;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Operations;

/// <summary>The OpenAPI document is as good as the API: typed query parameters, real examples, health endpoints, honest schemas.</summary>
public sealed class OpenApiTests
{
    private static async Task<JsonNode> DocumentAsync(NewsEventsFactory factory) =>
        JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

    private static JsonNode Operation(JsonNode doc, string path, string verb = "get") => doc["paths"]![path]![verb]!;

    private static JsonNode Parameter(JsonNode operation, string name) =>
        operation["parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!;

    private static string[] Names(JsonNode operation) =>
        operation["parameters"]?.AsArray().Select(p => (string)p!["name"]!).ToArray() ?? [];

    private static string[] EnumOf(JsonNode parameter) => parameter["schema"]!["enum"]!.AsArray().Select(v => (string)v!).ToArray();

    [Theory, OnSqlite, OnPostgres]
    public async Task QueryParametersCarryTheirTypesRangesAndEnums(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var doc = await DocumentAsync(factory);
        var events = Operation(doc, "/api/events");

        Assert.Equal("date", (string?)Parameter(events, "from")["schema"]!["format"]);
        Assert.Contains("yyyy-MM-dd", (string?)Parameter(events, "from")["description"]);
        Assert.Equal("date-time", (string?)Parameter(events, "updatedSince")["schema"]!["format"]);
        Assert.Equal("integer", (string?)Parameter(events, "minFatalities")["schema"]!["type"]);
        var size = Parameter(events, "size")["schema"]!;
        Assert.Equal("integer", (string?)size["type"]);
        Assert.Equal(500, (int)size["maximum"]!);
        Assert.Equal(50, (int)size["default"]!);
        Assert.Contains("Battles", EnumOf(Parameter(events, "type")));
        Assert.Contains("Explosions/Remote violence", EnumOf(Parameter(events, "type")));
        Assert.Contains("rebel_group", EnumOf(Parameter(events, "actorType")));
        Assert.Contains("fatalities-asc", EnumOf(Parameter(events, "sort")));
        Assert.Contains("updated-asc", EnumOf(Parameter(events, "sort")));
        Assert.Equal(["day", "country", "type"], EnumOf(Parameter(Operation(doc, "/api/stats/events"), "groupBy")));
        Assert.Equal(["plain", "acled"], EnumOf(Parameter(Operation(doc, "/api/events/export.csv"), "format")));
        Assert.Contains("state_forces", EnumOf(Parameter(Operation(doc, "/api/actors"), "type")));
        Assert.Equal("integer", (string?)Parameter(Operation(doc, "/api/tolls"), "eventId")["schema"]!["type"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ExportsAndStatsListNoPagingTheyIgnoreAndListsListCursors(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var doc = await DocumentAsync(factory);

        foreach (var path in new[] { "/api/events/export.csv", "/api/events/export.geojson", "/api/stats/events" })
        {
            var names = Names(Operation(doc, path));
            Assert.DoesNotContain("page", names);
            Assert.DoesNotContain("size", names);
            Assert.DoesNotContain("cursor", names);
            Assert.Contains("country", names);
        }
        Assert.DoesNotContain("sort", Names(Operation(doc, "/api/stats/events")));
        Assert.Contains("cursor", Names(Operation(doc, "/api/events")));
        Assert.Contains("cursor", Names(Operation(doc, "/api/articles")));
        Assert.NotNull(doc["components"]!["schemas"]!["EventSummaryCursorPage"]!["properties"]!["nextLink"]);
        Assert.NotNull(Operation(doc, "/api/events/{id}")["responses"]!["304"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ResponsesCarryRealExamples(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var doc = await DocumentAsync(factory);

        var detail = Operation(doc, "/api/events/{id}")["responses"]!;
        var example = detail["200"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal(2, example["articles"]!.AsArray().Count);
        Assert.NotEmpty(example["tolls"]!.AsArray());
        Assert.NotEmpty(example["claims"]!.AsArray());
        Assert.NotNull(example["updatedAt"]);
        Assert.Contains("No event", (string?)detail["404"]!["content"]!["application/problem+json"]!["example"]!["title"]);

        var listProblem = Operation(doc, "/api/events")["responses"]!["400"]!["content"]!["application/problem+json"]!["example"]!;
        Assert.Equal(400, (int)listProblem["status"]!);
        Assert.NotNull(listProblem["errors"]!["from"]);
        var post = Operation(doc, "/api/articles", "post")["responses"]!;
        Assert.NotNull(post["400"]!["content"]!["application/problem+json"]!["example"]!["errors"]!["content"]);
        Assert.Equal(413, (int)post["413"]!["content"]!["application/problem+json"]!["example"]!["status"]!);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task HealthEndpointsAreListedAndSchemasAllowTheUnknownFieldsTheApiIgnores(DatabaseProvider provider)
    {
        await using var factory = new NewsEventsFactory(provider);
        var doc = await DocumentAsync(factory);

        Assert.NotNull(Operation(doc, "/health/live")["responses"]!["200"]);
        Assert.NotNull(Operation(doc, "/health/ready")["responses"]!["503"]);
        var schemas = doc["components"]!["schemas"]!.AsObject();
        Assert.All(schemas, s => Assert.NotEqual("false", s.Value!["additionalProperties"]?.ToJsonString()));
        Assert.NotNull(schemas["HttpValidationProblemDetails"]!["properties"]!["errors"]!["additionalProperties"]);
    }

    [Fact]
    public async Task TheQueueIsDocumentedThePreferHeaderThe202AndTheJob()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite);
        var doc = await DocumentAsync(factory);

        foreach (var path in new[] { "/api/articles", "/api/articles/batch" })
        {
            var post = Operation(doc, path, "post");
            Assert.Equal("header", (string?)Parameter(post, "Prefer")["in"]);
            Assert.Contains("respond-async", (string?)Parameter(post, "Prefer")["description"]);
            Assert.NotNull(post["responses"]!["202"]);
        }
        var job = Operation(doc, "/api/jobs/{id}");
        Assert.NotNull(job["responses"]!["404"]);
        Assert.Contains("status", (string?)job["summary"]);
        Assert.NotNull(Operation(doc, "/api/admin/reextract", "post")["responses"]!["202"]);
        Assert.NotNull(doc["components"]!["schemas"]!["JobResponse"]!["properties"]!["counts"]);
    }

    [Fact]
    public async Task TheTollTimelineIsDocumentedWithItsItemsAndItsNotFound()
    {
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite);
        var doc = await DocumentAsync(factory);

        var timeline = Operation(doc, "/api/events/{id}/timeline");
        Assert.Contains("timeline", (string?)timeline["summary"]);
        Assert.NotNull(timeline["responses"]!["404"]);
        var item = doc["components"]!["schemas"]!["TimelineItem"]!["properties"]!.AsObject();
        Assert.All(new[] { "articleId", "source", "extractorVersion", "kind", "min", "max", "best", "qualifier", "observedAt" }, name => Assert.True(item.ContainsKey(name), name));
    }

    [Fact]
    public void SwashbuckleIsTheOnlyOpenApiGenerator()
    {
        Assert.DoesNotContain(typeof(Program).Assembly.GetReferencedAssemblies(), a => a.Name == "Microsoft.AspNetCore.OpenApi");
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "Microsoft.AspNetCore.OpenApi.dll")));
    }
}
