using Microsoft.Playwright;
using Xunit.Abstractions;

namespace NewsEvents.Dashboard.Tests.Infrastructure;

/// <summary>
/// A fresh browser context on the dashboard. <see cref="RunAsync"/> saves a screenshot and the page's console to the
/// test output directory when the scenario fails, and fails it on any script error the page raised.
/// </summary>
public sealed class DashboardPage(IBrowserContext context, IPage page, ITestOutputHelper output, Uri baseAddress) : IAsyncDisposable
{
    private readonly List<string> _console = [];
    private readonly List<string> _errors = [];

    public IPage Page { get; } = page;

    public Uri BaseAddress { get; } = baseAddress;

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<DashboardPage> OpenAsync(Browser browser, DashboardServer server, ITestOutputHelper output, int width = 1280, int height = 900)
    {
        var context = await browser.Instance.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "en-GB", TimezoneId = "UTC" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        var dashboard = new DashboardPage(context, page, output, server.BaseAddress);
        page.Console += (_, m) =>
        {
            dashboard._console.Add($"{m.Type}: {m.Text}");
            if (m.Type == "error") dashboard._errors.Add(m.Text);
        };
        page.PageError += (_, e) => dashboard._errors.Add(e);
        return dashboard;
    }

    /// <summary>Opens a path of the dashboard and waits for its first complete render.</summary>
    public async Task GoAsync(string path = "")
    {
        await Page.GotoAsync(new Uri(BaseAddress, path).ToString());
        await ReadyAsync();
    }

    /// <summary>
    /// Waits until the page is marked ready and is loading nothing. A MutationObserver in the page wakes only when the
    /// two attributes change, where Playwright's selector waits poll on animation frames and take the main thread
    /// from the render that the performance test measures.
    /// </summary>
    public async Task ReadyAsync(int timeoutMs = 10_000) =>
        await Page.EvaluateAsync("""
            timeoutMs => new Promise((resolve, reject) => {
              const html = document.documentElement;
              const ready = () => html.dataset.ready === 'true' && html.dataset.loading === undefined;
              if (ready()) return resolve();
              const observer = new MutationObserver(() => {
                if (!ready()) return;
                observer.disconnect();
                clearTimeout(timer);
                resolve();
              });
              const timer = setTimeout(() => {
                observer.disconnect();
                reject(new Error(`the page was not ready within ${timeoutMs} ms (data-ready ${html.dataset.ready}, data-loading ${html.dataset.loading})`));
              }, timeoutMs);
              observer.observe(html, { attributes: true, attributeFilter: ['data-ready', 'data-loading'] });
            })
            """, timeoutMs);

    public async Task RunAsync(string name, Func<Task> scenario)
    {
        try
        {
            await scenario();
            Assert.True(_errors.Count == 0, "The page raised script errors:\n" + string.Join("\n", _errors));
        }
        catch
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            var file = Path.Combine(ScreenshotDirectory, $"{name}-failure.png");
            try
            {
                await Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                output.WriteLine($"Screenshot of the failure: {file}");
            }
            catch (PlaywrightException e)
            {
                output.WriteLine($"No screenshot: {e.Message}");
            }
            output.WriteLine("Console:\n" + string.Join("\n", _console));
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
