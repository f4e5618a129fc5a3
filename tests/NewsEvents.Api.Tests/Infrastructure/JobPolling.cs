using System.Net;
using System.Text.Json.Nodes;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>Posting with Prefer: respond-async, and following the job until it ends (a bounded wait, not a timing assertion).</summary>
public static class JobPolling
{
    public static async Task<HttpResponseMessage> PostRespondAsync(this HttpClient client, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Add("Prefer", "respond-async");
        return await client.SendAsync(request);
    }

    /// <summary>The 202's Location, after checking the response is an accepted job.</summary>
    public static string Accepted(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location?.ToString();
        Assert.NotNull(location);
        Assert.Matches("^/api/jobs/[0-9]+$", location);
        return location;
    }

    public static async Task<JsonObject> WaitForJobAsync(this HttpClient client, string location, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var job = await (await client.GetAsync(location)).Json();
            if ((string?)job["status"] is "done" or "failed") return job;
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"The job did not finish within {seconds} s: {job.ToJsonString()}");
            await Task.Delay(50);
        }
    }

    /// <summary>Settings that make workers notice other instances' items quickly and retry at once.</summary>
    public static Dictionary<string, string> Queue(string role = "Both", int maxAttempts = 5) => new()
    {
        ["Ingestion:Role"] = role,
        ["Ingestion:PollInterval"] = "00:00:00.050",
        ["Ingestion:RetryDelay"] = "00:00:00",
        ["Ingestion:MaxAttempts"] = maxAttempts.ToString(),
    };
}
