using FluentValidation;

namespace NewsEvents.Api.Admin;

/// <summary>Which stored articles to re-extract. With no field set: every article an older engine extracted.</summary>
public sealed record ReextractRequest
{
    /// <summary>Only articles reporting an event in, or naming a place in, this country (ISO 3166-1 alpha-2).</summary>
    /// <example>SD</example>
    public string? Country { get; init; }

    /// <summary>Only articles published on or after this date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published on or before this date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Also articles the running engine already extracted (default false: only those of other versions).</summary>
    public bool All { get; init; }
}

public sealed class ReextractRequestValidator : AbstractValidator<ReextractRequest>
{
    public ReextractRequestValidator()
    {
        RuleFor(r => r.Country).Matches("^[A-Za-z]{2}$").When(r => r.Country is not null).WithMessage("Country must be a two-letter ISO 3166-1 code, e.g. SD.");
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null).WithMessage("To must not be before from.");
    }
}
