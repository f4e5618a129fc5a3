using Microsoft.Playwright;

namespace NewsEvents.Dashboard.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole run: Debian's package driven through its executable path, so no browser is
/// ever downloaded. Without it every browser test fails with the message below (CI installs it, see .ci/run).
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string PathVariable = "NEWSEVENTS_CHROMIUM";

    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath} and it is not there. Install it with 'apt-get install -y chromium' "
                + $"(.ci/run does when it is missing), or point {PathVariable} at a Chromium binary. Never 'playwright install': it downloads browsers.");
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null) await Instance.CloseAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
