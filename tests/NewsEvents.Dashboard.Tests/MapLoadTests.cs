using NewsEvents.Dashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsEvents.Dashboard.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MapLoadTests(Browser browser, ITestOutputHelper output)
{
    /// <summary>
    /// Points of the API's largest answer (50,000) take many chunks to place; a new set of 40,000 given meanwhile, as a quick
    /// filter change does, must leave exactly the new points on the map, and its promise (the "all points placed"
    /// signal the first-render figure waits for) must resolve only once they are all in. Synthetic points in the
    /// page, so that the race does not depend on how fast the server answers.
    /// </summary>
    [Fact]
    public async Task NewPointsGivenWhileOldOnesAreStillPlacedReplaceThemAll()
    {
        await using var server = new DashboardServer();
        await using var dashboard = await DashboardPage.OpenAsync(browser, server, output);
        await dashboard.RunAsync(nameof(NewPointsGivenWhileOldOnesAreStillPlacedReplaceThemAll), async () =>
        {
            var page = dashboard.Page;
            await dashboard.GoAsync();
            var result = await page.EvaluateAsync<int[]>("""
                async () => {
                  const points = (count, firstId, lat) => ({
                    count, unplaced: 0, truncated: false, types: ['Battles', 'Protests'],
                    id: Array.from({ length: count }, (_, i) => firstId + i),
                    lat: Array.from({ length: count }, (_, i) => lat + (i % 97) / 20),
                    lon: Array.from({ length: count }, (_, i) => 20 + Math.floor(i / 97) % 120 / 10),
                    type: Array.from({ length: count }, (_, i) => i % 2),
                    fatalities: Array.from({ length: count }, (_, i) => i % 5 ? i % 40 : null),
                    approximate: Array.from({ length: count }, () => false),
                  });
                  const map = window.dashboard.map;
                  const old = points(50000, 1, 0), fresh = points(40000, 100000, 10);
                  map.setPoints(old, false);
                  const placedBeforeTheChange = map.clustered();
                  await map.setPoints(fresh, false);
                  const atTheSignal = map.clustered();
                  // Long enough for the old set's remaining chunks to have run, had they not stopped (bounded).
                  let later = atTheSignal;
                  for (let i = 0; i < 40 && later === fresh.count; i++) {
                    await new Promise(resolve => setTimeout(resolve, 100));
                    later = map.clustered();
                  }
                  return [placedBeforeTheChange, atTheSignal, later, map.count()];
                }
                """);
            output.WriteLine($"placed before the change {result[0]}, at the signal {result[1]}, later {result[2]}, listed {result[3]}");
            Assert.True(result[0] < 50_000, "the old points were all placed at once: no race to test");
            Assert.Equal(40_000, result[1]);
            Assert.Equal(40_000, result[2]);
            Assert.Equal(40_000, result[3]);
            Assert.Equal("40000", await page.GetAttributeAsync("#map", "data-points"));
        });
    }
}
