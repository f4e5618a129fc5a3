using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Cleaning;

/// <summary>Whole articles written for these tests, in the shapes outlets send them, with the clean text expected beside them.</summary>
public class WholeArticleTests
{
    [Fact]
    public void AnHtmlWireStoryComesOutAsItsParagraphs()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Drones strike Odesa grain port | Black Sea Courier</title>
            <script>window.dataLayer = [];</script></head>
            <body><nav><ul><li><a href="/">Home</a></li><li><a href="/war">War</a></li></ul></nav>
            <main><article>
            <div class="byline">By Olena Marchuk</div>
            <p>ODESA, Ukraine (AP) &mdash; Russian drones struck grain silos in the port of Odesa overnight, killing two
            workers and wounding five, the regional governor said on Tuesday.</p>
            <figure><img src="silo.jpg"><figcaption>Firefighters at the port. Photo: Ivan Petrenko/AFP</figcaption></figure>
            <p>&ldquo;The enemy is trying to stop our exports,&rdquo; Governor Oleh Kiper wrote on <a href="https://t.me/x">Telegram</a>.</p>
            <div class="newsletter-signup"><p>Get the Courier&rsquo;s war briefing in your inbox.</p><button>Sign up</button></div>
            <p>Ukraine&#8217;s air force said it downed 23 of 31 drones launched overnight.</p>
            <p>Read more: <a href="/a">Kyiv hit by missiles</a></p>
            <p>The Associated Press contributed to this report.</p>
            </article></main>
            <footer><p>&copy; 2025 Black Sea Courier. All rights reserved.</p></footer></body></html>
            """;
        var cleaned = ArticleCleaner.Clean(new ArticleInput(html));
        Assert.Equal("Drones strike Odesa grain port", cleaned.Title);
        Assert.Equal("Black Sea Courier", cleaned.Publisher);
        Assert.Equal(
            "ODESA, Ukraine\n\n"
            + "Russian drones struck grain silos in the port of Odesa overnight, killing two workers and wounding five, the regional governor said on Tuesday.\n\n"
            + "\u201CThe enemy is trying to stop our exports,\u201D Governor Oleh Kiper wrote on Telegram.\n\n"
            + "Ukraine\u2019s air force said it downed 23 of 31 drones launched overnight.",
            cleaned.Text);
    }

    [Fact]
    public void APlainTextFeedItemWithHeaderLinesAndAnAppealComesOutClean()
    {
        const string text = " date 2025-04-12 Your support keeps us reporting from Sudan Donate now We rely on readers like you, not on a paywall. "
            + "Your donation pays for our journalists in the field. Close Read more\n\n"
            + "Displacement Camp Shelled As Fighting Nears El Fasher\n"
            + "Nile Valley News Agency\n"
            + "**RSF Shells Camp Outside El Fasher**\n"
            + "Paramilitary shelling hit the Abu Shouk camp outside El Fasher on Friday, killing at least 14 people, including five children, a local monitor said.\n"
            + "The army said its aircraft struck RSF positions east of the city on Thursday.\n\n"
            + "Share this article\n"
            + "Reporting by Hiba Osman; editing by Tom Hale";
        var cleaned = ArticleCleaner.Clean(new ArticleInput(text));
        Assert.Equal(new DateOnly(2025, 4, 12), cleaned.HeaderDate);
        Assert.Equal("Displacement Camp Shelled As Fighting Nears El Fasher", cleaned.Title);
        Assert.Equal("Nile Valley News Agency", cleaned.Publisher);
        Assert.Equal(
            "Paramilitary shelling hit the Abu Shouk camp outside El Fasher on Friday, killing at least 14 people, including five children, a local monitor said.\n\n"
            + "The army said its aircraft struck RSF positions east of the city on Thursday.",
            cleaned.Text);
    }

    [Fact]
    public void AMarkdownArticleKeepsItsLinkTextAndLosesItsMarkers()
    {
        const string text = "Gunmen attacked a bus near [Culiacán](https://example.org/culiacan) on Sunday, **state prosecutors** said.\n\nNo group claimed the attack.";
        Assert.Equal("Gunmen attacked a bus near Culiacán on Sunday, state prosecutors said.\n\nNo group claimed the attack.",
            ArticleCleaner.Clean(new ArticleInput(text)).Text);
    }

    [Fact]
    public void APublishedReportsLedeIsNotAPublicationStamp()
    {
        const string text = "Published reports say the militia has left the town.\n\nResidents confirmed it.";
        Assert.Equal("Published reports say the militia has left the town.\n\nResidents confirmed it.", ArticleCleaner.Clean(new ArticleInput(text)).Text);
    }

    [Fact]
    public void ListMarkersAndTableCellsGiveCleanParagraphs()
    {
        const string text = "Key points:\n- Army retakes Wad Madani\n\u2022 RSF withdraws east\n\nSudan's army said on Saturday it had retaken the city.";
        Assert.Equal("Key points:\n\nArmy retakes Wad Madani\n\nRSF withdraws east\n\nSudan's army said on Saturday it had retaken the city.",
            ArticleCleaner.Clean(new ArticleInput(text)).Text);
        const string table = "<table><tr><td>Gunmen killed nine miners in Sonora state.</td></tr><tr><td>An inquiry was opened.</td></tr></table>";
        Assert.Equal("Gunmen killed nine miners in Sonora state.\n\nAn inquiry was opened.", ArticleCleaner.Clean(new ArticleInput(table)).Text);
    }

    [Theory]
    [InlineData("See [the map](https://example.org/map) and [notes] here.", "See the map and [notes] here.")]
    [InlineData("Brackets [unclosed and [more", "Brackets [unclosed and [more")]
    [InlineData("A [link](without end", "A [link](without end")]
    public void MarkdownLinksLoseTheirTargetsAndOtherBracketsStay(string text, string expected) =>
        Assert.Equal(expected, Markdown.StripLinks(text));
}
