using Microsoft.Playwright;
using NewsEvents.Dashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsEvents.Dashboard.Tests;

[Collection(BrowserCollection.Name)]
public sealed class QualityTests(Browser browser, ITestOutputHelper output)
{
    [Fact]
    public async Task TheDashboardHasNoSeriousOrCriticalAccessibilityViolations()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await http.PostAsync(OurArticles.FirstFive);

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(TheDashboardHasNoSeriousOrCriticalAccessibilityViolations), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync();
            var found = new List<Axe.Violation>(await Axe.SeriousViolationsAsync(page));

            await page.Locator("#events-table tbody a").First.ClickAsync();
            await page.WaitForSelectorAsync("article.evidence");
            found.AddRange(await Axe.SeriousViolationsAsync(page));

            await page.GetByRole(AriaRole.Link, new() { Name = "Ingest an article" }).ClickAsync();
            await page.GetByLabel("Article text or HTML").FillAsync("GAO, Mali, March 9 - Nine soldiers were killed when gunmen ambushed an army convoy near Gao on Sunday, a security source said.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview extraction" }).ClickAsync();
            await page.WaitForSelectorAsync("#ingest-result mark");
            found.AddRange(await Axe.SeriousViolationsAsync(page));

            Assert.True(found.Count == 0, "axe found:\n" + Axe.Describe(found));
        });
    }

    [Fact]
    public async Task TheDashboardIsUsableFromTheKeyboard()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await http.PostAsync(OurArticles.FirstFive);

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(TheDashboardIsUsableFromTheKeyboard), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync();
            // The skip link comes first and lands in the content.
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));

            // A filter set from the keyboard alone.
            await page.GetByLabel("Event type").FocusAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            await page.WaitForFunctionAsync("location.search.includes('type=Battles')");

            // Sorting and opening an event from the keyboard.
            await page.GetByRole(AriaRole.Button, new() { Name = "Fatalities" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("location.search.includes('sort=fatalities-desc')");
            await page.WaitForSelectorAsync("th[aria-sort=descending]:has(button[data-sort=fatalities])");
            await page.Locator("#events-table tbody a").First.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForSelectorAsync("#event-title:focus");
        });
    }

    [Fact]
    public async Task EveryPointDrawnAloneIsReachedWithTabAndOpensItsEventFromTheKeyboard()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await http.PostAsync(OurArticles.FirstFive);

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(EveryPointDrawnAloneIsReachedWithTabAndOpensItsEventFromTheKeyboard), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync();
            // One button per point drawn on its own in the view (the canvas itself cannot take the focus).
            var alone = await page.EvaluateAsync<int>(
                "(() => { const b = window.dashboard.map.map.getBounds(); return window.dashboard.map.describe().filter(p => p.drawn && !p.cluster && b.contains([p.lat, p.lon])).length; })()");
            Assert.True(alone > 0, "no point is drawn on its own");
            Assert.Equal(alone, await page.Locator("button.point-key").CountAsync());

            // Tab from the top of the page reaches a point (bounded: the page has a few dozen stops).
            var reached = false;
            for (var i = 0; i < 200 && !reached; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                reached = await page.EvaluateAsync<bool>("document.activeElement.classList.contains('point-key')");
            }
            Assert.True(reached, "Tab never reached a point on the map");
            var id = await page.EvaluateAsync<string>("document.activeElement.dataset.eventId");
            Assert.Contains($"event {id}", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')"));

            // Enter opens the point's popup with the focus on its link; Escape closes it and gives the focus back.
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForSelectorAsync(".leaflet-popup");
            Assert.Equal($"Open event {id}", await page.EvaluateAsync<string>("document.activeElement.textContent"));
            await page.Keyboard.PressAsync("Escape");
            await page.WaitForSelectorAsync(".leaflet-popup", new() { State = WaitForSelectorState.Detached });
            Assert.Equal(id, await page.EvaluateAsync<string>("document.activeElement.dataset.eventId"));

            // And the link opens the event.
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForSelectorAsync(".leaflet-popup");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync($"location.hash === '#event/{id}'");
            await page.WaitForSelectorAsync("#event-title");
        });
    }

    [Fact]
    public async Task TheIngestBoxPreviewsWithoutStoringAndThenStores()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(TheIngestBoxPreviewsWithoutStoringAndThenStores), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync("#ingest");
            await page.GetByLabel("Article text or HTML").FillAsync(
                "<html><body><p>GAO, Mali, March 9 (Sahel Post) - Nine soldiers were killed when gunmen ambushed an army convoy near Gao on Sunday, a security source said.</p></body></html>");
            await page.GetByLabel("Published").FillAsync("2025-03-09");
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview extraction" }).ClickAsync();
            await page.WaitForSelectorAsync("#ingest-result mark.kind-toll");
            Assert.Equal("GAO", await page.Locator("#ingest-result mark.kind-place").First.TextContentAsync());
            Assert.Contains("Battles", await page.TextContentAsync("#ingest-result .found"));
            Assert.Contains("nothing stored", await page.TextContentAsync("#ingest-status"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardPage.ScreenshotDirectory, "ingest.png"), FullPage = true });
            Assert.Equal(0, (int)(await http.GetJsonAsync("api/articles"))["total"]!);

            await page.GetByRole(AriaRole.Button, new() { Name = "Store" }).ClickAsync();
            await page.WaitForSelectorAsync("#ingest-status:has-text('Stored as article')");
            Assert.Equal(1, (int)(await http.GetJsonAsync("api/articles"))["total"]!);
        });
    }
}
