using Microsoft.Playwright;
using NewsEvents.Dashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsEvents.Dashboard.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FirstRenderTests(Browser browser, ITestOutputHelper output)
{
    /// <summary>
    /// A filter set while the first points are still on their way starts a newer refresh; window.firstRenderMs must wait
    /// for that one to be drawn, not be taken when the first refresh ends with nothing of its own drawn. The two points
    /// answers are held by the test and let go in the order that exposes the race, so no timing decides the outcome.
    /// </summary>
    [Fact]
    public async Task TheFirstRenderIsTakenWhenTheNewestRefreshHasDrawn()
    {
        await using var server = new DashboardServer();
        using var http = server.Http();
        await http.PostAsync(OurArticles.FirstFive);
        var all = (int)(await http.GetJsonAsync("api/events/points"))["count"]!;
        var deadly = (int)(await http.GetJsonAsync("api/events/points?minFatalities=10"))["count"]!;
        Assert.True(deadly > 0 && deadly < all, $"{deadly} of {all} events with 10 or more killed: the filter must change the map");

        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(TheFirstRenderIsTakenWhenTheNewestRefreshHasDrawn), async () =>
        {
            var page = dashboard.Page;
            var firstPoints = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var filteredAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var filteredPoints = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await page.RouteAsync("**/api/events/points**", async route =>
            {
                // Enter both changes and submits the field: the filtered points may be asked for twice.
                var filtered = route.Request.Url.Contains("minFatalities=10");
                if (filtered) filteredAsked.TrySetResult();
                await (filtered ? filteredPoints : firstPoints).Task;
                await route.ContinueAsync();
            });
            // What the map holds at the moment the figure is written, whatever happens after.
            await page.AddInitScriptAsync("""
                (() => {
                  let value;
                  Object.defineProperty(window, 'firstRenderMs', { configurable: true, get: () => value, set: v => {
                    value = v;
                    window.pointsAtFirstRender = document.querySelector('#map')?.dataset.points ?? 'none';
                  } });
                })()
                """);

            await page.GotoAsync(dashboard.BaseAddress.ToString(), new() { WaitUntil = WaitUntilState.Commit });
            // The form is wired and the outlines are in: the first refresh waits for its points alone.
            await page.WaitForFunctionAsync("window.dashboard && performance.getEntriesByName('outlines-drawn').length > 0");
            await page.GetByLabel("Minimum fatalities").FillAsync("10");
            await page.GetByLabel("Minimum fatalities").PressAsync("Enter");
            await filteredAsked.Task.WaitAsync(TimeSpan.FromSeconds(10));

            // The first points arrive after the filter change: the first refresh ends, drawing nothing.
            firstPoints.SetResult();
            await page.WaitForFunctionAsync("performance.getEntriesByName('points-drawn').length === 1");
            // A few turns of the event loop, in which a figure tied to the first refresh would be written.
            await page.EvaluateAsync("new Promise(resolve => setTimeout(resolve, 100))");
            var early = await page.EvaluateAsync<int?>("window.firstRenderMs ?? null");

            filteredPoints.SetResult();
            await page.WaitForFunctionAsync("window.firstRenderMs !== undefined");
            await page.WaitForSelectorAsync("html[data-ready=true]");
            output.WriteLine($"first render {await page.EvaluateAsync<int>("window.firstRenderMs")} ms, "
                + $"points then {await page.EvaluateAsync<string>("window.pointsAtFirstRender")}");
            Assert.Null(early);
            Assert.Equal(deadly.ToString(), await page.EvaluateAsync<string>("window.pointsAtFirstRender"));
            Assert.Equal(deadly.ToString(), await page.GetAttributeAsync("#map", "data-points"));
            // The figure comes after the newer points were drawn (the second 'points-drawn' mark; the figure is rounded).
            // Enter may have asked for the filtered points twice, and the later of those may still be drawing: the mark
            // that counts is the first one after the unfiltered refresh's.
            Assert.True(await page.EvaluateAsync<bool>("""
                (() => {
                  const drawn = performance.getEntriesByName('points-drawn');
                  return drawn.length >= 2 && drawn[1].startTime <= window.firstRenderMs + 1;
                })()
                """));
        });
    }
}
