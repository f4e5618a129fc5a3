using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsEvents.Api.Claims;
using NewsEvents.Api.Events;
using NewsEvents.Api.Tolls;
using NewsEvents.Data.Entities;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsEvents.Api.Infrastructure.OpenApi;

/// <summary>
/// Query parameters are bound as strings so that a bad value is a 400 naming the parameter (see <see cref="QueryReader"/>);
/// this gives them the types they really have in the OpenAPI document: dates, integers with their ranges, enums.
/// One name means one thing across endpoints, except "type" (an event type, or an actor type on /api/actors).
/// </summary>
public sealed class QueryParameterSchemas : IOperationFilter
{
    /// <summary>ACLED's event types, the values the engine assigns.</summary>
    public static readonly string[] EventTypes =
        ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];

    private static readonly string[] ActorTypes = ActorTypeMask.All.Select(t => t.Type).ToArray();

    private static OpenApiSchema Date() => new() { Type = JsonSchemaType.String, Format = "date", Example = JsonValue.Create("2025-03-01") };

    private static OpenApiSchema Integer(long min, long? max = null, int? fallback = null) => new()
    {
        Type = JsonSchemaType.Integer, Format = max is <= int.MaxValue ? "int32" : "int64", Minimum = min.ToString(), Maximum = max?.ToString(),
        Default = fallback is { } d ? JsonValue.Create(d) : null,
    };

    private static OpenApiSchema Enum(IEnumerable<string> values, string? fallback = null) => new()
    {
        Type = JsonSchemaType.String, Enum = values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
        Default = fallback is null ? null : JsonValue.Create(fallback),
    };

    private static OpenApiSchema? For(string name, string path) => name switch
    {
        "from" or "to" => Date(),
        "updatedSince" => new() { Type = JsonSchemaType.String, Format = "date-time", Example = JsonValue.Create("2025-03-03T14:30:00Z") },
        "page" => Integer(1, 1_000_000, 1),
        "size" => Integer(1, Paging.MaxSize, Paging.DefaultSize),
        "minFatalities" or "minEvents" or "minBest" => Integer(0, int.MaxValue),
        "articleId" or "eventId" => Integer(1),
        "country" => new() { Type = JsonSchemaType.String, Pattern = "^[A-Za-z]{2}$", Example = JsonValue.Create("SD") },
        "type" when path.StartsWith("api/actors", StringComparison.Ordinal) => Enum(ActorTypes),
        "type" => Enum(EventTypes),
        "actorType" => Enum(ActorTypes),
        "sort" when path.StartsWith("api/events", StringComparison.Ordinal) => Enum(EventOrder.Sorts, "date"),
        "groupBy" => Enum(["day", "country", "type"], "day"),
        "format" => Enum(["plain", "acled"], "plain"),
        "stance" => Enum(ClaimsApi.Stances),
        "kind" => Enum(TollsApi.Kinds),
        _ => null,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = context.ApiDescription.RelativePath ?? "";
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (parameter.In == ParameterLocation.Query && For(parameter.Name!, path) is { } schema)
                parameter.Schema = schema;
    }
}
