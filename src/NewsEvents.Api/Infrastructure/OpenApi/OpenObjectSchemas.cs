using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsEvents.Api.Infrastructure.OpenApi;

/// <summary>
/// Unknown JSON fields are ignored on input, and responses may gain fields over time: no object schema says
/// "additionalProperties: false" (dictionaries keep their value schema).
/// </summary>
public sealed class OpenObjectSchemas : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { AdditionalProperties: null } open) open.AdditionalPropertiesAllowed = true;
    }
}
