namespace NewsEvents.LoadTest;

/// <summary>Varied, made-up wire-style reports (no real article text), so duplicate detection never short-circuits a request.</summary>
public static class SyntheticArticles
{
    private static readonly string[] Places = ["Marawi", "Kidal", "Goma", "Taiz", "Sittwe", "Kherson", "El Fasher", "Culiacan", "Bunia", "Menaka", "Rafah", "Lashio"];
    private static readonly string[] Attackers = ["an armed group", "government forces", "militia fighters", "unidentified gunmen", "a drone", "artillery units"];
    private static readonly string[] Targets = ["a market", "a village", "an army checkpoint", "a displacement camp", "a convoy", "a school", "a fuel depot"];
    private static readonly string[] Sources = ["local officials", "a hospital director", "a monitoring group", "the regional governor", "residents"];
    private static readonly string[] Outlets = ["Synthetic Wire", "Example Press", "Test Agency", "Made-up Daily"];

    public static object Make(Random random, int n)
    {
        var place = Pick(random, Places);
        var killed = random.Next(1, 60);
        var injured = random.Next(0, 120);
        var day = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 300));
        var paragraphs = new List<string>
        {
            $"{place.ToUpperInvariant()}, {day:MMMM d} (Synthetic) - {char.ToUpperInvariant(Pick(random, Attackers)[0])}{Pick(random, Attackers)[1..]} attacked {Pick(random, Targets)} near {place} on {day.DayOfWeek}, killing at least {killed} people and wounding {injured}, {Pick(random, Sources)} said.",
            $"\"We counted {killed} bodies and many more wounded,\" {Pick(random, Sources)} told reporters, asking not to be named. Report number {n}.",
        };
        for (var i = 0; i < random.Next(3, 9); i++)
            paragraphs.Add($"Fighting around {Pick(random, Places)} has displaced about {random.Next(1, 90) * 1000} people since {day.AddDays(-random.Next(5, 200)):MMMM}, according to {Pick(random, Sources)}. "
                + $"Talks brokered by neighbouring states stalled in round {random.Next(2, 12)}, and aid convoys waited {random.Next(2, 30)} days at the crossing.");
        return new
        {
            content = string.Join("\n\n", paragraphs),
            url = $"https://synthetic.example.org/{day:yyyy/MM/dd}/{Guid.NewGuid():N}",
            source = Pick(random, Outlets),
            title = $"{killed} killed in attack near {place}",
            publishedAt = day.ToString("yyyy-MM-dd"),
            language = "en",
        };
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
