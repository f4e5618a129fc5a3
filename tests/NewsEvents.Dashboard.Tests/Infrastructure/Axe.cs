using System.Text.Json;
using Microsoft.Playwright;

namespace NewsEvents.Dashboard.Tests.Infrastructure;

/// <summary>axe-core run inside the page (vendored for the tests only, see tools/dashboard-assets/vendor.sh).</summary>
public static class Axe
{
    public sealed record Violation(string Id, string Impact, string Help, string[] Nodes);

    /// <summary>The serious and critical violations on the page as it is now.</summary>
    public static async Task<IReadOnlyList<Violation>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("typeof window.axe === 'object'"))
            await page.AddScriptTagAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "vendor", "axe.min.js") });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + n.failureSummary) }))
            """);
        return json.Deserialize<Violation[]>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public static string Describe(IEnumerable<Violation> violations) =>
        string.Join("\n", violations.Select(v => $"{v.Impact} {v.Id}: {v.Help}\n  " + string.Join("\n  ", v.Nodes)));
}
