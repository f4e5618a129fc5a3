using Microsoft.AspNetCore.Http.HttpResults;
using NewsEvents.Api.Infrastructure;

namespace NewsEvents.Api.Events.Stream;

public static class EventStreamApi
{
    public static RouteHandlerBuilder MapEventStream(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/events/stream", Subscribe).WithTags("Events").ProducesValidationProblem();

    /// <summary>
    /// Server-Sent Events (text/event-stream) of new and updated events, with the filters of GET /api/events.
    /// Each message is <c>event: created</c> or <c>event: updated</c> with one JSON <c>EventStreamItem</c> as its data;
    /// a comment line (<c>: heartbeat</c>) comes every 15 s so proxies keep the connection open.
    /// </summary>
    /// <remarks>
    /// Covers the events ingested by this instance after the client connected: no replay (Last-Event-ID is ignored), and
    /// several instances on one PostgreSQL database each stream only their own ingestion. A client that reads too slowly
    /// loses the oldest messages of its queue (1,024 deep). Browsers reconnect by themselves after a dropped connection.
    /// </remarks>
    private static Results<EventStreamResult, ValidationProblem> Subscribe(
        [AsParameters] EventQuery query, IEventBroadcaster broadcaster, IConfiguration configuration, IHostApplicationLifetime lifetime)
    {
        var reader = new QueryReader();
        if (EventFilter.Parse(query, reader) is not { } filter) return TypedResults.ValidationProblem(reader.Errors);
        var heartbeat = TimeSpan.FromSeconds(configuration.GetValue("EventStream:HeartbeatSeconds", 15.0));
        return new EventStreamResult(broadcaster, filter, heartbeat, lifetime.ApplicationStopping);
    }
}
