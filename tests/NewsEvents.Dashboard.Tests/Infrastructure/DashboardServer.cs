using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Extraction;

namespace NewsEvents.Dashboard.Tests.Infrastructure;

/// <summary>
/// The whole service on a real Kestrel port on 127.0.0.1 (a browser cannot reach WebApplicationFactory's in-memory
/// TestServer), with the real extraction engine and a SQLite database of its own.
/// </summary>
public sealed class DashboardServer : WebApplicationFactory<Program>
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "newsevents-dashboard-tests", $"{Guid.NewGuid():N}.db");

    // The engine loads its gazetteer and lexicons once per process, not once per test.
    private static readonly Lazy<PipelineArticleExtractor> Engine = new(() => new PipelineArticleExtractor());

    public DashboardServer()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:NewsEvents", $"Data Source={_file}");
        builder.ConfigureTestServices(s => s.AddSingleton<IArticleExtractor>(Engine.Value));
    }

    /// <summary>Starts the server on first use; e.g. http://127.0.0.1:40123/</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.TrimEnd('/') + "/");
        }
    }

    public HttpClient Http() => new() { BaseAddress = BaseAddress };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_file + suffix)) File.Delete(_file + suffix);
    }
}
