using System.Text.RegularExpressions;
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
        var events = (int)(await http.GetJsonAsync("api/events?size=1"))["total"]!;
        var points = await http.GetJsonAsync("api/events/points");
        Assert.True(events >= 5, $"the engine found {events} events in our five articles");

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
        var all = (int)(await http.GetJsonAsync("api/events?size=1"))["total"]!;
        var sudan = (int)(await http.GetJsonAsync("api/events?size=1&country=SD"))["total"]!;
        Assert.InRange(sudan, 2, all - 2);

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(AFilterChangesTheCountsAndStaysInTheUrl), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync();
            Assert.Equal(all, await Points(page));

            await page.GetByLabel("Country").SelectOptionAsync("SD");
            await page.WaitForURLAsync(new Regex("country=SD"));
            await page.WaitForSelectorAsync("html:not([data-loading])");
            Assert.Equal(sudan, await Points(page));
            Assert.Equal(sudan, await ListTotal(page));
            Assert.Contains($"{sudan} events", await page.TextContentAsync("#totals"));

            await page.GetByLabel("Minimum fatalities").FillAsync("10");
            await page.GetByLabel("Minimum fatalities").PressAsync("Enter");
            await page.WaitForURLAsync(new Regex("minFatalities=10"));
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
            // Seven day buckets, 2 to 8 March, one every sixth of the width: from near the 3rd to near the 6th.
            var plot = (await page.Locator("#timeline .u-over").BoundingBoxAsync())!;
            var bucket = plot.Width / 6;
            await page.Mouse.MoveAsync(plot.X + bucket * 1.1f, plot.Y + plot.Height / 2);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(plot.X + bucket * 3.5f, plot.Y + plot.Height / 2, new() { Steps = 5 });
            await page.Mouse.MoveAsync(plot.X + bucket * 3.9f, plot.Y + plot.Height / 2, new() { Steps = 2 });
            await page.Mouse.UpAsync();
            await page.WaitForURLAsync(new Regex("from=2025-03-03&to=2025-03-06"));
            await page.WaitForSelectorAsync("html:not([data-loading])");
            Assert.Equal("2025-03-03", await page.Locator("input[name=from]").InputValueAsync());
            // Kharkiv on the 5th and the North Darfur village on the 6th.
            Assert.Equal(2, await Points(page));
            Assert.Equal(2, await ListTotal(page));
        });
    }

    [Fact]
    public async Task AnEventShowsEachSourcesFiguresAndHighlightsItsEvidence()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await http.PostAsync(OurArticles.FirstFive);

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(AnEventShowsEachSourcesFiguresAndHighlightsItsEvidence), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync("?sort=fatalities-desc");
            // The deadliest event is the Omdurman shelling: open it from the list, as a reader would.
            await page.Locator("#events-table tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
            await page.WaitForSelectorAsync("#event-title");
            Assert.Contains("Explosions/Remote violence", await page.TextContentAsync("#event-title"));
            Assert.Contains("Omdurman", await page.TextContentAsync("#event-body"));

            // Each outlet's own figure, side by side, with who gave it.
            var cards = page.Locator(".source-card");
            Assert.Equal(2, await cards.CountAsync());
            Assert.Equal(["12", "15"], (await page.Locator(".source-card .big").AllTextContentsAsync()).Order().ToArray());
            Assert.Contains("according to local medical group", await cards.Filter(new() { HasText = "Nile Desk" }).TextContentAsync());
            Assert.Contains("according to activists", await cards.Filter(new() { HasText = "Sahel Post" }).TextContentAsync());

            // Both clean texts are shown with the place, the actors, the tolls and the claims marked.
            var evidence = page.Locator("article.evidence");
            Assert.Equal(2, await evidence.CountAsync());
            foreach (var kind in new[] { "place", "toll", "claim" })
                for (var i = 0; i < 2; i++)
                    Assert.True(await evidence.Nth(i).Locator($"mark.kind-{kind}").CountAsync() > 0, $"no {kind} marked in article {i + 1}");
            Assert.Contains("Rapid Support Forces", await evidence.First.Locator("mark.kind-actor").AllTextContentsAsync());
            Assert.Equal("Omdurman", await evidence.First.Locator("mark.kind-place").First.TextContentAsync());

            // A fact's button brings its words into view and focus.
            await cards.Filter(new() { HasText = "Sahel Post" }).Locator("ul.tolls button").First.ClickAsync();
            var focused = await page.EvaluateAsync<string>("document.activeElement.tagName + ' ' + document.activeElement.textContent");
            Assert.StartsWith("MARK ", focused);
            Assert.Contains("killed", focused);
            Assert.True(await page.Locator("mark:focus").IsVisibleAsync());
            await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardPage.ScreenshotDirectory, "event.png"), FullPage = true });

            await page.SetViewportSizeAsync(390, 844);
            await page.WaitForTimeoutAsync(200);
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the event page scrolls sideways at 390 px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardPage.ScreenshotDirectory, "event-phone.png"), FullPage = true });
        });
    }

    [Fact]
    public async Task AnEventStoredLaterArrivesOverTheStreamWithoutAReload()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await http.PostAsync(OurArticles.FirstFive);

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(AnEventStoredLaterArrivesOverTheStreamWithoutAReload), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync();
            var before = await Points(page);
            await page.WaitForSelectorAsync("#live[data-state=open]");
            // A reload would lose this.
            await page.EvaluateAsync("window.sameDocument = true");

            await http.PostAsync(OurArticles.GaoAmbush);
            await page.WaitForFunctionAsync($"Number(document.querySelector('#map').dataset.points) === {before + 1}");
            await page.WaitForFunctionAsync($"document.querySelector('#events-table').dataset.total === '{before + 1}'");
            Assert.Contains("Gao", await page.TextContentAsync("#live-text"));
            Assert.Contains("Gao", await page.TextContentAsync("#events-table tbody"));
            Assert.True(await page.EvaluateAsync<bool>("window.sameDocument === true"));
        });
    }
}
