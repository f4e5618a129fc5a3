using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;
using Serilog.Core;

namespace NewsEvents.Api.Tests.Security;

public sealed class LogLevelTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AUniqueKeyRaceIsNoErrorAndCarriesNoStackTrace(DatabaseProvider provider)
    {
        // As in ConcurrencyTests: every request passes the duplicate pre-check, so the unique indexes decide.
        var gate = new Barrier(4);
        var logs = new CapturedLogs();
        await using var factory = new NewsEventsFactory(provider, new FakeExtractor(input =>
        {
            gate.SignalAndWait(TimeSpan.FromSeconds(10));
            return RichResults.Incident()(input);
        }), services: s => s.AddSingleton<ILogEventSink>(logs));
        var client = factory.CreateClient();
        var article = Http.Article(url: "https://news.example.org/raced");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.Post("/api/articles", article)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(logs.Entries, e => e.Exception is not null && e.Level >= LogLevel.Information);
    }

    [Fact]
    public async Task ARealFaultIsStillAnError()
    {
        var logs = new CapturedLogs();
        await using var factory = new NewsEventsFactory(DatabaseProvider.Sqlite, new FakeExtractor(_ => throw new InvalidOperationException("engine bug")),
            services: s => s.AddSingleton<ILogEventSink>(logs));

        // (the client gets a 422, never a 500; the log keeps the fault with its exception)
        await (await factory.CreateClient().Post("/api/extract", new { content = "Shelling hit the town." })).Problem(422);

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == "engine bug");
    }
}
