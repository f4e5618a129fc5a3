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

    /// <summary>
    /// Chromium builds the omnibox's WebUI popup in a renderer of its own for every fresh context: 0.7-1.1 s of CPU a
    /// context on this machine's two shared cores (bench/browser/renderer-cpu.js, docs/benchmarks.md), spent while the
    /// page under test renders. A headless browser has no omnibox to show, so that work is the harness's, and the
    /// dashboard's figures are taken without it.
    /// </summary>
    private static readonly string[] Args =
        ["--no-sandbox", "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup"];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath} and it is not there. Install it with 'apt-get install -y chromium' "
                + $"(.ci/run does when it is missing), or point {PathVariable} at a Chromium binary. Never 'playwright install': it downloads browsers.");
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
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
