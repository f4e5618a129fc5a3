using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsEvents.Api.Events;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsEvents.Api.Infrastructure.OpenApi;

/// <summary>
/// Examples of what the API really answers, built from the response records themselves so they cannot drift from the
/// schema: an event with its sources, tolls and claims; problem details for 400 (with field errors), 404, 413 and 422.
/// </summary>
public sealed class ResponseExamples : IOperationFilter
{
    private const string RequestId = "9f2c4e1a7b3d4c5e8f60a1b2c3d4e5f6";

    public static readonly EventDetail Event = new(4711, "Explosions/Remote violence", "Shelling/artillery/missile attack",
        new DateOnly(2025, 3, 2), null, "day", 12,
        "Shelling hit a market in Omdurman, killing at least 12 civilians, a local medical group said.", 0.82, new DateTime(2025, 3, 3, 14, 30, 5, DateTimeKind.Utc),
        new EventLocation(31, "Omdurman", "SD", "Khartoum", 15.64453, 32.47773, 365137, "city"),
        [new EventActorItem(7, "Rapid Support Forces", "rebel_group", "actor1"), new EventActorItem(9, "Civilians (Sudan)", "civilians", "actor2")],
        [
            new EventTollItem(120, 881, "killed", 12, 12, 12, "at_least", null, "civilians", "a local medical group", [27, 59]),
            new EventTollItem(131, 902, "killed", 15, 15, 15, null, null, "people", "the Sudan Doctors Network", [40, 62]),
        ],
        [new EventClaimItem(88, 902, "the Sudan Doctors Network", null, "said", "accusation", false, "the Rapid Support Forces shelled the market", [80, 123])],
        [
            new EventArticleItem(881, "https://news.example.org/africa/omdurman-market-shelling", "Example Wire", "Shelling kills 12 in Omdurman market",
                new DateOnly(2025, 3, 3), 12, "Shelling hit a market in Omdurman, killing at least 12 civilians.", [0, 140]),
            new EventArticleItem(902, "https://daily.example.com/sudan/market-attack", "Example Daily", "Doctors: 15 dead in market attack",
                new DateOnly(2025, 3, 3), 15, "Fifteen people died when shells struck the Omdurman market.", [0, 128]),
        ], 2, 1, EventDetails.DefaultArticles);

    private static JsonNode Problem(int status, string title, string? detail = null, Dictionary<string, string[]>? errors = null)
    {
        var problem = new JsonObject
        {
            ["type"] = status switch
            {
                400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
                422 => "https://tools.ietf.org/html/rfc4918#section-11.2",
                _ => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
            },
            ["title"] = title,
            ["status"] = status,
        };
        if (detail is not null) problem["detail"] = detail;
        if (errors is not null) problem["errors"] = JsonSerializer.SerializeToNode(errors);
        problem["requestId"] = RequestId;
        return problem;
    }

    private static JsonNode BadRequest(string path, bool hasBody) => hasBody
        ? Problem(400, "One or more validation errors occurred.", errors: new()
        {
            ["content"] = ["Content has nothing to extract: it needs at least 3 words with letters."],
            ["publishedAt"] = ["publishedAt must be a date or date-time in ISO 8601 form, e.g. \"2025-03-03\" or \"2025-03-03T14:30:00Z\"."],
        })
        : Problem(400, "One or more validation errors occurred.", errors: path.StartsWith("api/events", StringComparison.Ordinal)
            ? new() { ["from"] = ["'yesterday' is not a date; use yyyy-MM-dd."], ["size"] = ["'900' is not a whole number between 1 and 500."] }
            : new() { ["page"] = ["'0' is not a whole number between 1 and 1000000."] });

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = context.ApiDescription.RelativePath ?? "";
        var what = path.StartsWith("api/articles", StringComparison.Ordinal) ? "article" : "event";
        foreach (var (status, response) in operation.Responses ?? [])
        {
            JsonNode? example = status switch
            {
                "200" when context.ApiDescription.SupportedResponseTypes.Any(r => r.StatusCode == 200 && r.Type == typeof(EventDetail))
                    => JsonSerializer.SerializeToNode(Event, JsonDefaults.Web),
                "400" => BadRequest(path, context.ApiDescription.HttpMethod is "POST"),
                "404" => Problem(404, $"No {what} with id 4711.", $"There is no {what} with id 4711."),
                "413" => Problem(413, "The request body is too large.", "This endpoint accepts at most 2162688 bytes; the request declared 5242880."),
                "422" => Problem(422, "The article could not be processed.", "Extraction did not finish within 10 s; the article was not stored."),
                _ => null,
            };
            if (example is null) continue;
            foreach (var media in response.Content?.Values ?? []) media.Example = example.DeepClone();
        }
    }
}
