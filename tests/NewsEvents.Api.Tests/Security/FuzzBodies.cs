using System.Text;
using System.Text.Json;

namespace NewsEvents.Api.Tests.Security;

/// <summary>Request bodies for <see cref="FuzzTests"/>: valid articles, then the same broken in every way a client breaks JSON.</summary>
internal static class Bodies
{
    private static readonly string[] Values = ["5", "-0", "true", "null", "[]", "{}", "\"\"", "1e999", "123456789012345678901234567890", "NaN", "\"\\ud800\"",
        "\"0001-01-01\"", "\"9999-12-31\"", "\"2025-02-30\"", "\"1899-12-31T23:59:59Z\"", "\"2025-03-03T25:00:00+99:00\"", "[1,2,3]", "{\"a\":{\"b\":[]}}"];
    private static readonly string[] Fields = ["content", "url", "source", "title", "publishedAt", "language", "items", "Content", "CONTENT", "$type", "__proto__"];
    private static readonly string[] Texts = ["KHARTOUM, March 3 (Wire) - At least 12 civilians were killed on Sunday when shells hit a market in Omdurman, a local medical group said.",
        "3 killed in Goma \U0001F600", "said said said said said said", "\u0000\u0001\u001F", "\uFFFE\uFFFF", "<html><script>alert(1)</script><p>Five died in Aleppo.</p></html>",
        "=HYPERLINK(\"http://x\")", "99999999999999999999 people were killed", "١٢ قتلى في حلب", "   ", ""];
    private static readonly string[] Dates = ["2025-03-03", "0001-01-01", "1900-01-01", "2999-01-01", "2025-02-30", "yesterday", "2025-03-03T10:00:00Z", "+275760-09-13"];

    public static string Next(Random random, bool batch) => random.Next(10) switch
    {
        0 or 1 => Article(random),
        2 => Truncate(random, batch ? Batch(random) : Article(random)),
        3 => WrongTyped(random),
        4 => "[" + string.Concat(Enumerable.Repeat("[", random.Next(1, 200))),
        5 => Values[random.Next(Values.Length)],
        6 => Batch(random),
        7 => random.Next(3) switch { 0 => "", 1 => "{", _ => "{\"content\": \"x\", \"content\": 5}" },
        _ => Mutate(random, batch ? Batch(random) : Article(random)),
    };

    private static string Article(Random random) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["content"] = Texts[random.Next(Texts.Length)] + (random.Next(4) == 0 ? Raw : ""),
        ["url"] = random.Next(3) == 0 ? "not a url" : $"https://news.example.org/{random.Next(50)}",
        ["publishedAt"] = random.Next(2) == 0 ? Dates[random.Next(Dates.Length)] : null,
        ["source"] = random.Next(2) == 0 ? "Wire" : null,
        ["language"] = random.Next(4) == 0 ? new string('l', 300) : "en",
    }).Replace(Raw, RandomText(random), StringComparison.Ordinal);

    // The serializer refuses lone surrogates, so random text goes in after it, already escaped.
    private const string Raw = "@@raw@@";

    private static string Batch(Random random) =>
        $"{{\"items\": [{string.Join(",", Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(5) == 0 ? Values[random.Next(Values.Length)] : Article(random)))}]}}";

    private static string WrongTyped(Random random) =>
        "{" + string.Join(",", Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"\"{Fields[random.Next(Fields.Length)]}\": {Values[random.Next(Values.Length)]}")) + "}";

    private static string Truncate(Random random, string json) => json[..random.Next(json.Length)];

    private const string Noise = "{}[]\",:\\0 x\u00e9";

    private static string Mutate(Random random, string json)
    {
        var chars = json.ToCharArray();
        for (var k = random.Next(1, 4); k > 0 && chars.Length > 0; k--) chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
        return new string(chars);
    }

    /// <summary>UTF-16 units from every plane, lone surrogates included, as JSON escapes.</summary>
    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var k = random.Next(1, 80); k > 0; k--)
        {
            var c = random.Next(4) switch { 0 => random.Next(0x20, 0x7F), 1 => random.Next(0, 0x10000), 2 => random.Next(0xD800, 0xE000), _ => random.Next(0x10000, 0x110000) };
            foreach (var unit in c >= 0x10000 ? char.ConvertFromUtf32(c) : ((char)c).ToString()) text.Append($"\\u{(int)unit:X4}");
        }
        return text.ToString();
    }
}
