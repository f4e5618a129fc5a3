using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NewsEvents.Dashboard.Tests.Infrastructure;

/// <summary>
/// Short wire stories written for these tests (no real outlet, no real incident). Two outlets report the Omdurman
/// shelling with different tolls; Kafr Tarbal is a village the gazetteer does not know, named inside North Darfur.
/// </summary>
public static class OurArticles
{
    public static readonly object OmdurmanNileDesk = Article(
        "KHARTOUM, March 2 (Nile Desk) - At least 12 people were killed on Sunday when the Rapid Support Forces shelled a crowded market in Omdurman, a local medical group said. The Sudanese army said it had repelled the attack.",
        "https://nile-desk.example.org/omdurman-market", "Nile Desk", "Shells kill 12 in Omdurman market", "2025-03-02");

    public static readonly object OmdurmanSahelPost = Article(
        "OMDURMAN, Sudan, March 2 (Sahel Post) - Fifteen people were killed when artillery shells struck a market in Omdurman on Sunday, activists said, blaming the Rapid Support Forces. Doctors at a nearby hospital said dozens were wounded.",
        "https://sahel-post.example.org/omdurman-shelling", "Sahel Post", "Market shelling in Omdurman", "2025-03-02");

    public static readonly object KharkivDrones = Article(
        "KHARKIV, Ukraine, March 5 (Steppe News) - Three people were killed and nine wounded when Russian drones struck a residential building in Kharkiv overnight, the regional governor said on Wednesday.",
        "https://steppe-news.example.org/kharkiv-drones", "Steppe News", "Drones hit Kharkiv", "2025-03-05");

    public static readonly object MogadishuBase = Article(
        "MOGADISHU, March 8 (Horn Wire) - Al-Shabaab fighters attacked an army base near Mogadishu on Saturday, and seven soldiers were killed in the fighting, a military officer said.",
        "https://horn-wire.example.org/mogadishu-base", "Horn Wire", "Al-Shabaab attacks base", "2025-03-08");

    public static readonly object NorthDarfurVillage = Article(
        "EL FASHER, Sudan, March 6 (Nile Desk) - Gunmen on motorbikes killed four farmers in the village of Kafr Tarbal in North Darfur state on Thursday, residents said.",
        "https://nile-desk.example.org/north-darfur-farmers", "Nile Desk", "Farmers killed in North Darfur", "2025-03-06");

    /// <summary>Posted while the dashboard is open, to arrive over the stream.</summary>
    public static readonly object GaoAmbush = Article(
        "GAO, Mali, March 9 (Sahel Post) - Nine soldiers were killed when gunmen ambushed an army convoy near Gao on Sunday, a security source said.",
        "https://sahel-post.example.org/gao-ambush", "Sahel Post", "Convoy ambushed near Gao", "2025-03-09");

    public static readonly object[] FirstFive = [OmdurmanNileDesk, OmdurmanSahelPost, KharkivDrones, MogadishuBase, NorthDarfurVillage];

    /// <summary>The Kharkiv strike retold by <paramref name="count"/> outlets: an event with more reports than one page holds.</summary>
    public static object[] KharkivRetold(int count) => [.. Enumerable.Range(1, count).Select(i => Article(
        $"KHARKIV, Ukraine, March 5 (Wire {i}) - Three people were killed and nine wounded when Russian drones struck a residential building in Kharkiv overnight, the regional governor told Wire {i}.",
        $"https://wire-{i}.example.org/kharkiv-drones", $"Wire {i}", "Drones hit Kharkiv", "2025-03-05"))];

    private static object Article(string content, string url, string source, string title, string published) =>
        new { content, url, source, title, publishedAt = published, language = "en" };

    public static async Task PostAsync(this HttpClient client, params object[] articles)
    {
        foreach (var article in articles)
        {
            var response = await client.PostAsJsonAsync("api/articles", article);
            Assert.True(response.IsSuccessStatusCode, $"POST /api/articles answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path) =>
        JsonNode.Parse(await client.GetStringAsync(path))!;
}
