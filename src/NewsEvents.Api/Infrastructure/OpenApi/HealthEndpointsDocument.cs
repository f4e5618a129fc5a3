using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsEvents.Api.Infrastructure.OpenApi;

/// <summary>Lists /health/live and /health/ready, which MapHealthChecks serves outside the API explorer.</summary>
public sealed class HealthEndpointsDocument : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Paths ??= [];
        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = "Health" });
        document.Paths["/health/live"] = Path("Liveness: the process answers (no dependency is checked).", "HealthLive");
        document.Paths["/health/ready"] = Path("Readiness: the database is reachable, every migration is applied and the extraction engine is loaded.", "HealthReady");
    }

    private static OpenApiPathItem Path(string summary, string id) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                OperationId = id,
                Summary = summary,
                Tags = new HashSet<OpenApiTagReference> { new("Health") },
                Responses = new OpenApiResponses
                {
                    ["200"] = Text("Healthy", "Healthy"),
                    ["503"] = Text("Unhealthy: a check failed", "Unhealthy"),
                },
            },
        },
    };

    private static OpenApiResponse Text(string description, string example) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String }, Example = System.Text.Json.Nodes.JsonValue.Create(example) },
        },
    };
}
