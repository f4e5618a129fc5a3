using Microsoft.Playwright;
using NewsEvents.Dashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsEvents.Dashboard.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(Browser browser, ITestOutputHelper output)
{
    private static async Task<int> Points(IPage page) => int.Parse(await page.GetAttributeAsync("#map", "data-points") ?? "-1");

    private static async Task<int> ListTotal(IPage page) => int.Parse(await page.GetAttributeAsync("#events-table", "data-total") ?? "-1");

    [Fact]
    public async Task TheMapTimelineAndListShowThePostedEvents()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await http.PostAsync(OurArticles.FirstFive);
        var events = (int)(await http.GetJsonAsync("api/events?size=1&includeTotal=true"))["total"]!;
        var points = await http.GetJsonAsync("api/events/points");
        // Four incidents in five articles: the two Omdurman reports are one event.
        Assert.True(events == 4, $"the engine found {events} events in our five articles");

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(TheMapTimelineAndListShowThePostedEvents), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync();
            // Every event has a place here, the North Darfur village at its region's centre.
            Assert.Equal(events, (int)points["count"]!);
            Assert.Equal(events, await Points(page));
            Assert.Contains("1 at their region’s centre", await page.TextContentAsync("#map-caption"));
            Assert.Equal(events, await ListTotal(page));
            Assert.Equal(Math.Min(events, 50), await page.Locator("#events-table tbody tr").CountAsync());
            Assert.Contains($"{events} events", await page.TextContentAsync("#totals"));

            // Four days with events, 2 to 8 March: seven day buckets with the empty days filled in.
            Assert.Equal("7", await page.GetAttributeAsync("#timeline", "data-buckets"));
            Assert.Equal(1, await page.Locator("#timeline canvas").CountAsync());
            // The Omdurman shelling was reported as 12 and 15 killed: the band spans the two.
            Assert.Contains("sources reported", await page.TextContentAsync("#totals"));

            // In view, each point is drawn alone or inside a cluster (markercluster can lose markers added during a move).
            Assert.Equal(0, await page.EvaluateAsync<int>("window.dashboard.map.describe().filter(p => !p.drawn && !p.cluster).length"));
            Directory.CreateDirectory(DashboardPage.ScreenshotDirectory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardPage.ScreenshotDirectory, "dashboard.png") });
            output.WriteLine($"first render: {await page.EvaluateAsync<int>("window.firstRenderMs")} ms");
            output.WriteLine(await page.EvaluateAsync<string>("performance.getEntries().map(e => `${e.entryType} ${e.name.replace(location.origin, '')} ${Math.round(e.startTime)}-${Math.round(e.responseEnd ?? e.startTime)}`).join('\\n')"));

            // Readable on a phone: nothing wider than the screen.
            await page.SetViewportSizeAsync(390, 844);
            await page.WaitForTimeoutAsync(300);
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardPage.ScreenshotDirectory, "dashboard-phone.png"), FullPage = true });
        });
    }

    [Fact]
    public async Task AFilterChangesTheCountsAndStaysInTheUrl()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await http.PostAsync(OurArticles.FirstFive);
        var all = (int)(await http.GetJsonAsync("api/events?size=1&includeTotal=true"))["total"]!;
        var sudan = (int)(await http.GetJsonAsync("api/events?size=1&includeTotal=true&country=SD"))["total"]!;
        Assert.InRange(sudan, 2, all - 2);

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(AFilterChangesTheCountsAndStaysInTheUrl), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync();
            Assert.Equal(all, await Points(page));

            await page.GetByLabel("Country").SelectOptionAsync("SD");
            await page.WaitForFunctionAsync("location.search.includes('country=SD')");
            await page.WaitForSelectorAsync("html:not([data-loading])");
            Assert.Equal(sudan, await Points(page));
            Assert.Equal(sudan, await ListTotal(page));
            Assert.Contains($"{sudan} events", await page.TextContentAsync("#totals"));

            await page.GetByLabel("Minimum fatalities").FillAsync("10");
            await page.GetByLabel("Minimum fatalities").PressAsync("Enter");
            await page.WaitForFunctionAsync("location.search.includes('minFatalities=10')");
            await page.WaitForSelectorAsync("html:not([data-loading])");
            Assert.Equal(1, await Points(page));

            // The URL is the view: reloading it gives the same filters and counts.
            await page.ReloadAsync();
            await page.WaitForSelectorAsync("html[data-ready=true]");
            await page.WaitForSelectorAsync("html:not([data-loading])");
            Assert.Equal("SD", await page.GetByLabel("Country").InputValueAsync());
            Assert.Equal("10", await page.GetByLabel("Minimum fatalities").InputValueAsync());
            Assert.Equal(1, await Points(page));
            Assert.Equal(1, await ListTotal(page));
            // The page's head script asked for the points, the day counts and the list with the URL's filters, and the
            // dashboard took those answers instead of asking again.
            Assert.Equal(new[] { 1, 1, 1 }, await page.EvaluateAsync<int[]>("""
                (() => {
                  const asked = performance.getEntriesByType('resource').map(e => new URL(e.name)).map(u => u.pathname + u.search);
                  return [asked.filter(a => a.startsWith('/api/events/points?')).length,
                    asked.filter(a => a.startsWith('/api/stats/events?') && a.includes('groupBy=day')).length,
                    asked.filter(a => a.startsWith('/api/events?')).length];
                })()
                """));
        });
    }

    [Fact]
    public async Task DraggingAcrossTheTimelineSetsTheDateRange()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await http.PostAsync(OurArticles.FirstFive);

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(DraggingAcrossTheTimelineSetsTheDateRange), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync();
            // Seven day buckets, 2 to 8 March, each a seventh of the width: from the bar of the 3rd to the bar of the 6th.
            var plot = (await page.Locator("#timeline .u-over").BoundingBoxAsync())!;
            var bucket = plot.Width / 7;
            await page.Mouse.MoveAsync(plot.X + bucket * 1.5f, plot.Y + plot.Height / 2);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(plot.X + bucket * 4.5f, plot.Y + plot.Height / 2, new() { Steps = 6 });
            await page.Mouse.UpAsync();
            // the filter is written to the URL with the history API: no navigation to wait for, only the address
            await page.WaitForFunctionAsync("location.search.includes('from=2025-03-03&to=2025-03-06')");
            await page.WaitForSelectorAsync("html:not([data-loading])");
            Assert.Equal("2025-03-03", await page.Locator("input[name=from]").InputValueAsync());
            // Kharkiv on the 5th and the North Darfur village on the 6th.
            Assert.Equal(2, await Points(page));
            Assert.Equal(2, await ListTotal(page));
        });
    }
}
