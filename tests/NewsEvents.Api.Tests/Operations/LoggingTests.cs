using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using Serilog.Core;
using Serilog.Events;

namespace NewsEvents.Api.Tests.Operations;

/// <summary>Serilog.AspNetCore's request logging with our request id: one line per request, and the id on every line.</summary>
public sealed class LoggingTests
{
    private sealed class Collected : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();
        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    private static string? Property(LogEvent e, string name) =>
        e.Properties.TryGetValue(name, out var value) ? (value as ScalarValue)?.Value?.ToString() : null;

    [Theory, OnSqlite, OnPostgres]
    public async Task EachRequestIsOneLineWithMethodPathStatusDurationAndTheCallersRequestId(DatabaseProvider provider)
    {
        var sink = new Collected();
        await using var factory = new NewsEventsFactory(provider, services: s => s.AddSingleton<ILogEventSink>(sink));
        var client = factory.CreateClient();

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/events/4711");
        request.Headers.Add("X-Request-Id", "pipeline-7");
        var response = await client.SendAsync(request);

        Assert.Equal("pipeline-7", response.Headers.GetValues("X-Request-Id").Single());
        // The request line is written once the response has been sent, which the client may see first.
        for (var i = 0; i < 50 && !sink.Events.Any(e => Property(e, "RequestPath") == "/api/events/4711"); i++) await Task.Delay(50);
        var line = Assert.Single(sink.Events, e => Property(e, "RequestPath") == "/api/events/4711");
        Assert.Equal("GET", Property(line, "RequestMethod"));
        Assert.Equal("404", Property(line, "StatusCode"));
        Assert.True(double.Parse(Property(line, "Elapsed")!, System.Globalization.CultureInfo.CurrentCulture) >= 0);
        Assert.Equal("pipeline-7", Property(line, "RequestId"));
        Assert.Contains("responded 404", line.RenderMessage());
    }

    [Fact]
    public async Task EveryLineLoggedWhileServingARequestCarriesItsId()
    {
        var sink = new Collected();
        // EF Core's SQL is at Warning unless asked for; asking for it here gives lines logged inside the request. No queue
        // workers: their polls log SQL of their own at any moment, outside every request.
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string>
            {
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
                ["Ingestion:Role"] = "Api",
            },
            services: s => s.AddSingleton<ILogEventSink>(sink));
        var client = factory.CreateClient();
        sink.Events.Clear();

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Add("X-Request-Id", "sync-99");
        await client.SendAsync(request);

        var sql = sink.Events.Where(e => Property(e, "SourceContext") == "Microsoft.EntityFrameworkCore.Database.Command").ToList();
        Assert.NotEmpty(sql);
        Assert.All(sql, e => Assert.Equal("sync-99", Property(e, "RequestId")));
    }

    [Fact]
    public async Task EfCoreSqlIsNotLoggedUnlessAskedFor()
    {
        var sink = new Collected();
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, services: s => s.AddSingleton<ILogEventSink>(sink));
        var client = factory.CreateClient();
        await client.GetAsync("/api/events");

        Assert.DoesNotContain(sink.Events, e => Property(e, "SourceContext")?.StartsWith("Microsoft.EntityFrameworkCore.Database", StringComparison.Ordinal) == true
            && e.Level < LogEventLevel.Warning);
    }
}
