using System.Text;

namespace NewsEvents.Extraction.Tests.Pipeline;

/// <summary>The engine never throws: hostile, truncated and mutated texts all give a result.</summary>
public class HostileTextTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("Gunmen killed three farmers in a village near Goma,")]
    [InlineData("Gunmen killed three farmers in a village near Goma, ")]
    [InlineData("At least 12 people were killed,")]
    [InlineData("3 killed in Goma \U0001F600")]
    [InlineData("Troops shelled the town \uD83D overnight \uDE00.")]
    [InlineData("\uFFFE\uFFFF\u0000")]
    [InlineData(",")]
    [InlineData("\"")]
    [InlineData("12 of")]
    [InlineData("killed, 12 of them")]
    public void ShortAndBrokenTextsGiveAResult(string content) =>
        Assert.NotNull(fixture.Pipeline.Extract(new ArticleInput(content, new DateOnly(2025, 3, 3))));

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void PublicationDatesAtTheEndsOfTheCalendarGiveAResult(int year) =>
        Assert.NotNull(fixture.Pipeline.Extract(new ArticleInput(
            "Gunmen killed 3 villagers on Monday in Goma last week, and 2 more died the next day.", new DateOnly(year, year == 1 ? 1 : 12, year == 1 ? 1 : 31))));

    // Fragments of our own wire-style prose, recombined, cut at random points and mutated with characters from every plane.
    private static readonly string[] Fragments =
    [
        "At least 27 villagers were killed on Saturday when gunmen attacked Kuro,", " (Bama, Borno)", " police said.",
        " \"We will respond,\" the spokesman said, adding that", " two militants and five policemen", " were killed by an unknown assailant",
        " a woman and four of her children", ", including two soldiers,", " leaving three dead.", " the bodies of 12 men were found",
        " between 10 and 15 people", " on 25/12", " last Monday", " according to the governor", " 40 km north of Gao",
        " in the village of", " 1.5 million", " twenty-seven", " don't", " Syria's", " al-Shabaab", " U.S.", " (coded as X)",
    ];

    [Fact]
    public void ThousandsOfRandomTruncatedAndMutatedTextsNeverThrow()
    {
        var random = new Random(20261201);
        for (var n = 0; n < 3000; n++)
        {
            var sb = new StringBuilder();
            for (var k = random.Next(1, 12); k > 0; k--) sb.Append(Fragments[random.Next(Fragments.Length)]);
            for (var m = random.Next(0, 6); m > 0 && sb.Length > 0; m--)
            {
                var at = random.Next(sb.Length);
                switch (random.Next(4))
                {
                    case 0: sb.Remove(at, Math.Min(sb.Length - at, random.Next(1, 8))); break;
                    case 1: sb.Insert(at, RandomCodePoint(random)); break;
                    case 2: sb[at] = (char)random.Next(0, 0x10000); break;
                    default: sb.Insert(at, random.Next(2) == 0 ? "," : "\n\n"); break;
                }
            }
            var text = sb.ToString();
            if (random.Next(3) == 0 && text.Length > 1) text = text[..random.Next(1, text.Length)];
            DateOnly? published = random.Next(4) == 0 ? null : new DateOnly(random.Next(1, 10000), random.Next(1, 13), random.Next(1, 29));
            try
            {
                fixture.Pipeline.Extract(new ArticleInput(text, published));
            }
            catch (Exception e)
            {
                Assert.Fail($"case {n} threw {e.GetType().Name}: {e.Message}\ninput: {Escape(text)} published {published}\n{e.StackTrace}");
            }
        }
    }

    private static string RandomCodePoint(Random random)
    {
        var plane = random.Next(17);
        var cp = plane * 0x10000 + random.Next(0x10000);
        if (cp is >= 0xD800 and <= 0xDFFF) return ((char)cp).ToString(); // a lone surrogate, on purpose
        return char.ConvertFromUtf32(cp);
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
