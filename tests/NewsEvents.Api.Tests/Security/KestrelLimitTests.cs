using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Tests.Infrastructure;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Security;

/// <summary>
/// Through a real Kestrel socket (TestServer has no request-line or header limits): a long URL and large headers are
/// answered with problem details by the service, not with Kestrel's empty 414 and 431.
/// </summary>
public sealed class KestrelLimitTests : IAsyncLifetime
{
    private readonly NewsEventsFactory _factory = new(DatabaseProvider.Sqlite, new FakeExtractor(RichResults.Incident()));
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task AUrlOverEightKilobytesIsA414Problem()
    {
        var response = await _client.GetAsync("/api/events?q=" + new string('x', 9_000));
        var problem = await response.Problem(414);
        Assert.Contains("8192", (string?)problem["detail"]);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task HeadersOverThirtyTwoKilobytesAreA431Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        for (var i = 0; i < 5; i++) request.Headers.Add($"X-Filler-{i}", new string('y', 7_000));
        await (await _client.SendAsync(request)).Problem(431);
    }

    [Fact]
    public async Task MoreThanAHundredHeadersAreA431Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        for (var i = 0; i < 120; i++) request.Headers.Add($"X-Filler-{i}", "y");
        await (await _client.SendAsync(request)).Problem(431);
    }

    [Fact]
    public async Task HeadersAndUrlsUnderTheLimitsAreServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events?q=" + new string('x', 7_000));
        for (var i = 0; i < 3; i++) request.Headers.Add($"X-Filler-{i}", new string('y', 7_000));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }
}
