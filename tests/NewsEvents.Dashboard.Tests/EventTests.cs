using Microsoft.Playwright;
using NewsEvents.Dashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsEvents.Dashboard.Tests;

[Collection(BrowserCollection.Name)]
public sealed class EventTests(Browser browser, ITestOutputHelper output)
{
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
            var before = int.Parse(await page.GetAttributeAsync("#map", "data-points") ?? "-1");
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
