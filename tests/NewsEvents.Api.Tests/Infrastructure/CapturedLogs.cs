using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>
/// A Serilog sink that keeps every entry, for tests about what the service logs and at which level. Register it as
/// <see cref="ILogEventSink"/>: the host logs through Serilog (ReadFrom.Services picks the sink up), which bypasses
/// any <see cref="ILoggerProvider"/> registered in DI.
/// </summary>
public sealed class CapturedLogs : ILogEventSink
{
    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    public ConcurrentQueue<Entry> Entries { get; } = new();

    // Serilog's levels run Verbose..Fatal in the same order as LogLevel's Trace..Critical.
    public void Emit(LogEvent logEvent) =>
        Entries.Enqueue(new(
            logEvent.Properties.TryGetValue("SourceContext", out var context) && context is ScalarValue { Value: string name } ? name : "",
            (LogLevel)(int)logEvent.Level, logEvent.RenderMessage(), logEvent.Exception));
}
