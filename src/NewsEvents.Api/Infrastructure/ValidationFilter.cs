using System.Text.Json;
using FluentValidation;

namespace NewsEvents.Api.Infrastructure;

/// <summary>Runs the FluentValidation validator of the <typeparamref name="T"/> argument and answers 400 problem details with field errors.</summary>
public sealed class ValidationFilter<T> : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<T>>();
        foreach (var argument in context.Arguments)
        {
            if (argument is not T value) continue;
            var result = await validator.ValidateAsync(value, context.HttpContext.RequestAborted);
            if (!result.IsValid) return TypedResults.ValidationProblem(result.ToProblemErrors());
        }
        return await next(context);
    }
}

public static class ValidationExtensions
{
    public static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();

    /// <summary>Field errors keyed by the JSON (camelCase) name the client sent, e.g. "content" or "items[3].url".</summary>
    public static Dictionary<string, string[]> ToProblemErrors(this FluentValidation.Results.ValidationResult result) =>
        result.Errors
            .GroupBy(e => CamelCasePath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    public static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));
}
