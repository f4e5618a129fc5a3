using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace NewsEvents.Api.Jobs;

/// <summary>RFC 7240's <c>Prefer: respond-async</c>: the client would rather get 202 and a job to follow than wait.</summary>
public static class RespondAsync
{
    public const string Preference = "respond-async";

    /// <summary>True when the Prefer header (its values joined by commas) holds respond-async, among others or not ("respond-async, wait=10").</summary>
    public static bool IsPreferred(string? prefer) =>
        prefer is not null && prefer.Split(',').Any(p => p.Split(';')[0].Trim().Equals(Preference, StringComparison.OrdinalIgnoreCase));

    /// <summary>202 with Location /api/jobs/{id} and Preference-Applied, the job as it stands as the body.</summary>
    public static Accepted<JobResponse> Accepted(HttpContext http, JobResponse job)
    {
        http.Response.Headers["Preference-Applied"] = Preference;
        http.Response.Headers[HeaderNames.RetryAfter] = "1";
        return TypedResults.Accepted($"/api/jobs/{job.Id}", job);
    }
}
