using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace NewsEvents.Api.Events.Stream;

/// <summary>
/// Writes the stream by hand rather than through TypedResults.ServerSentEvents, which has no way to send the comment
/// lines used as heartbeats.
/// </summary>
public sealed class EventStreamResult(IEventBroadcaster broadcaster, EventFilter filter, TimeSpan heartbeat, CancellationToken stopping)
    : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "text/event-stream";

    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // Subscribe before the first byte, so nothing stored after the client saw the stream open is missed.
        using var subscription = broadcaster.Subscribe();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await WriteAsync(response, ": connected\nretry: 3000\n\n", done.Token);
            while (!done.IsCancellationRequested && !subscription.Reader.Completion.IsCompleted)
            {
                if (!await WaitAsync(subscription, done.Token))
                {
                    await WriteAsync(response, ": heartbeat\n\n", done.Token);
                    continue;
                }
                var batch = new StringBuilder();
                while (subscription.Reader.TryRead(out var notice))
                    if (filter.Matches(notice))
                        batch.Append("event: ").Append(notice.Item.Change).Append("\ndata: ")
                            .Append(JsonSerializer.Serialize(notice.Item, JsonDefaults.Web)).Append("\n\n");
                if (batch.Length > 0) await WriteAsync(response, batch.ToString(), done.Token);
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The client went away or the server is stopping: the stream simply ends.
        }
    }

    /// <summary>True when notices are waiting; false when the heartbeat interval passed first.</summary>
    private async Task<bool> WaitAsync(EventSubscription subscription, CancellationToken ct)
    {
        using var interval = CancellationTokenSource.CreateLinkedTokenSource(ct);
        interval.CancelAfter(heartbeat);
        try
        {
            return await subscription.Reader.WaitToReadAsync(interval.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.WriteAsync(text, ct);
        await response.Body.FlushAsync(ct);
    }

    /// <summary>Tells the OpenAPI document that a 200 is an event stream of <see cref="EventStreamItem"/>.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(EventStreamItem), [ContentType]));
}
