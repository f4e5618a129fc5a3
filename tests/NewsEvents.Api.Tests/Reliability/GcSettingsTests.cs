using System.Text.Json;

namespace NewsEvents.Api.Tests.Reliability;

/// <summary>
/// What held the soak's memory lower is a GC setting in the service's runtimeconfig, not code a test can exercise; this
/// keeps the setting from being dropped unnoticed (docs/reliability.md, "Memory", has the figures behind it).
/// </summary>
public sealed class GcSettingsTests
{
    [Fact]
    public void TheServiceAsksTheServerGcToConserveMemory()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "NewsEvents.Api.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.InRange(properties.GetProperty("System.GC.ConserveMemory").GetInt32(), 1, 9);
    }
}
