using Microsoft.OpenApi;
using NewsEvents.Api.Infrastructure.OpenApi;

namespace NewsEvents.Api.Infrastructure;

public static class SwaggerSetup
{
    public static IServiceCollection AddSwagger(this IServiceCollection services) =>
        services.AddEndpointsApiExplorer().AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "NewsEvents API",
                Version = "v1",
                Description = "Turns news articles about armed conflict into structured events (places, actors, tolls, claims, dates) and serves them to dashboards. "
                    + "Every error is RFC 9457 problem details (application/problem+json).",
            });
            // The XML docs of the handlers and request records become the summaries and examples in Swagger UI.
            // A missing file (e.g. a publish that dropped the docs) costs the summaries, not the start-up.
            foreach (var docs in new[] { "NewsEvents.Api.xml", "NewsEvents.Extraction.xml" }.Select(f => Path.Combine(AppContext.BaseDirectory, f)).Where(File.Exists))
                o.IncludeXmlComments(docs, includeControllerXmlComments: true);
            o.SupportNonNullableReferenceTypes();
            // The Authorize button: Swagger UI then sends the key with every request it makes.
            o.AddSecurityDefinition("ApiKey", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = Security.ApiKeyRing.Header,
                Description = "An API key from Security:ApiKeys, needed for writes (and for reads with Security:RequireKeyForReads). Also accepted as 'Authorization: Bearer <key>'.",
            });
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] });
            o.OperationFilter<QueryParameterSchemas>();
            o.OperationFilter<ResponseExamples>();
            o.SchemaFilter<OpenObjectSchemas>();
            o.DocumentFilter<HealthEndpointsDocument>();
        });
}
