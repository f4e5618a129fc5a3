using Microsoft.Playwright;
using NewsEvents.Dashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsEvents.Dashboard.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SourcePagesTests(Browser browser, ITestOutputHelper output)
{
    // The API gives an event a page of 50 reporting articles at a time.
    [Fact]
    public async Task AnEventReportedMoreTimesThanAPageHoldsShowsItsSourcesAPageAtATime()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await http.PostAsync(OurArticles.KharkivRetold(52));
        var events = (await http.GetJsonAsync("api/events"))["items"]!.AsArray();
        var id = (long)Assert.Single(events)!["id"]!;

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(AnEventReportedMoreTimesThanAPageHoldsShowsItsSourcesAPageAtATime), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync($"#event/{id}");
            await page.WaitForSelectorAsync("#sources-range", new() { Timeout = 60_000 });
            Assert.Equal("Sources 1–50 of 52", (await page.TextContentAsync("#sources-range"))!.Trim());
            Assert.Equal(50, await page.Locator(".source-card").CountAsync());
            Assert.Contains("among 52 sources", await page.TextContentAsync("#event-body"));

            await page.GetByRole(AriaRole.Button, new() { Name = "Next sources" }).ClickAsync();
            await page.WaitForFunctionAsync("document.querySelector('#sources-range')?.textContent.includes('51')");
            Assert.Equal("Sources 51–52 of 52", (await page.TextContentAsync("#sources-range"))!.Trim());
            Assert.Equal(2, await page.Locator(".source-card").CountAsync());
            Assert.Equal(0, await page.Locator("#sources-next").CountAsync());
        });
    }
}
