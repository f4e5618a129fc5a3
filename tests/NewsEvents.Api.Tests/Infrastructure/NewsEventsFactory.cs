using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsEvents.Api.Extraction;
using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>The whole service over HTTP, on a database of its own, optionally with a fake extractor or extra settings.</summary>
public sealed class NewsEventsFactory(DatabaseProvider provider, IArticleExtractor? extractor = null,
    IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null, TestDatabase? shared = null)
    : WebApplicationFactory<Program>
{
    // A shared database belongs to the test that made it (several instances of the service on one database).
    private readonly TestDatabase _database = shared ?? TestDatabase.Create(provider);

    // The real engine loads its gazetteer and lexicons once per process, not once per test.
    private static readonly Lazy<PipelineArticleExtractor> Engine = new(() => new PipelineArticleExtractor());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:NewsEvents", _database.ConnectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton(extractor ?? Engine.Value);
            services?.Invoke(s);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (shared is null) _database.Dispose();
    }
}
