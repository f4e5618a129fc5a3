using System.Collections.Concurrent;
using System.Threading.Channels;

namespace NewsEvents.Api.Events.Stream;

/// <summary>Hands new and updated events from ingestion to the open event streams of this instance.</summary>
public interface IEventBroadcaster
{
    /// <summary>False when no stream is open, so ingestion can skip loading what nobody would read.</summary>
    bool HasSubscribers { get; }

    /// <summary>Never blocks: a subscriber that falls behind loses its oldest notices.</summary>
    void Publish(IReadOnlyList<EventNotice> notices);

    EventSubscription Subscribe();
}

/// <summary>One open stream's queue; disposing it unsubscribes.</summary>
public sealed class EventSubscription(ChannelReader<EventNotice> reader, Action unsubscribe) : IDisposable
{
    public ChannelReader<EventNotice> Reader { get; } = reader;

    public void Dispose() => unsubscribe();
}

/// <summary>
/// In-process fan-out: a bounded channel per subscriber that drops its oldest notice when full, so one slow client
/// never holds up ingestion or the other clients. Events ingested by another instance are not seen here.
/// </summary>
public sealed class EventBroadcaster(ILogger<EventBroadcaster> logger) : IEventBroadcaster
{
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<long, Channel<EventNotice>> _subscribers = new();
    private long _next;

    public bool HasSubscribers => !_subscribers.IsEmpty;

    public void Publish(IReadOnlyList<EventNotice> notices)
    {
        foreach (var channel in _subscribers.Values)
            foreach (var notice in notices)
                channel.Writer.TryWrite(notice);
    }

    public EventSubscription Subscribe()
    {
        var id = Interlocked.Increment(ref _next);
        var channel = Channel.CreateBounded<EventNotice>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = false },
            dropped => logger.LogWarning("Event stream {Subscriber} fell behind; dropped the notice of event {EventId}", id, dropped.Item.Event.Id));
        _subscribers[id] = channel;
        return new EventSubscription(channel.Reader, () =>
        {
            if (_subscribers.TryRemove(id, out var removed)) removed.Writer.TryComplete();
        });
    }
}
