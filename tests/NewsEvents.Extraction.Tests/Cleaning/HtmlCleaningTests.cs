using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Cleaning;

public class HtmlCleaningTests
{
    private static string Clean(string content, bool? isHtml = null) => ArticleCleaner.Clean(new ArticleInput(content, IsHtml: isHtml)).Text;

    [Fact]
    public void BlockElementsBecomeParagraphsSeparatedByABlankLine()
    {
        var html = "<html><body><h2>Drone strikes hit Odesa port</h2><p>Drones struck the port overnight.</p><div>Two workers were hurt.</div>"
            + "<ul><li>First, the grain terminal burned.</li><li>Then the pier.</li></ul>Cranes fell.<br>Ships left.</body></html>";
        Assert.Equal("Drones struck the port overnight.\n\nTwo workers were hurt.\n\nFirst, the grain terminal burned.\n\nThen the pier.\n\nCranes fell.\n\nShips left.", Clean(html));
    }

    [Fact]
    public void ScriptsNavigationFormsAndCaptionsAreRemoved()
    {
        var html = "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><script>var x = 1;</script><style>p{color:red}</style>"
            + "<p>Militia fighters entered the market town at dawn, witnesses said.</p>"
            + "<figure><img src='a.jpg'><figcaption>Smoke over the town. Photo: Jane Roe</figcaption></figure>"
            + "<form><button>Send</button></form><aside>Most popular</aside><footer>About us</footer>"
            + "<p>The army denied losing control.</p><noscript>Enable JavaScript</noscript><iframe src='x'></iframe>";
        Assert.Equal("Militia fighters entered the market town at dawn, witnesses said.\n\nThe army denied losing control.", Clean(html));
    }

    [Fact]
    public void InlineTagsKeepTheirTextWithTheRightSpacing()
    {
        var html = "<p>Shelling hit <a href=\"https://example.org/x\">Kherson</a> city and a <a href=\"/y\">power station </a>by the river, "
            + "<i>The Daily Ledger </i>reported. The <b>UN</b>&nbsp;said aid was &ldquo;blocked&rdquo; &amp; delayed.</p>";
        Assert.Equal("Shelling hit Kherson city and a power station by the river, The Daily Ledger reported. The UN said aid was \u201Cblocked\u201D & delayed.", Clean(html));
    }

    [Fact]
    public void PlainTextWithAFewInlineTagsKeepsItsLineBreaksAsParagraphs()
    {
        var text = "Gunmen attacked a convoy near <a href=\"https://example.org/gao\" target=\"_blank\">Gao</a>, officials said.\n"
            + "The <i>Sahel Observer </i>counted 12 vehicles.\n\nThe army sent reinforcements.";
        Assert.Equal("Gunmen attacked a convoy near Gao, officials said.\n\nThe Sahel Observer counted 12 vehicles.\n\nThe army sent reinforcements.", Clean(text));
    }

    [Fact]
    public void HiddenElementsAndShareBoxesAreRemoved()
    {
        var html = "<article><p>Police fired tear gas at protesters in the capital on Monday, residents said.</p>"
            + "<div class=\"share-tools\">Facebook Twitter Email</div><div hidden>Secret</div><span style=\"display: none\">x</span>"
            + "<p>At least 40 people were detained, rights groups said.</p></article>";
        Assert.Equal("Police fired tear gas at protesters in the capital on Monday, residents said.\n\nAt least 40 people were detained, rights groups said.", Clean(html));
    }

    [Fact]
    public void LinkListsAreRemovedButParagraphsWithLinksStay()
    {
        var html = "<p>Troops <a href='/a'>withdrew</a> from the border village after heavy fighting with insurgents on Tuesday.</p>"
            + "<div><a href='/1'>Ceasefire talks stall</a> <a href='/2'>Aid convoy reaches city</a> <a href='/3'>Markets reopen</a></div>"
            + "<p>Residents began to return.</p>";
        Assert.Equal("Troops withdrew from the border village after heavy fighting with insurgents on Tuesday.\n\nResidents began to return.", Clean(html));
    }

    [Theory]
    [InlineData("Rebels took the town & the hill", false)]
    [InlineData("The ratio was 3 < 5 and 7 > 2", false)]
    [InlineData("Rebels <b>took</b> the town", true)]
    [InlineData("Rebels took the town &amp; the hill", true)]
    [InlineData("Aid&#8217;s arrival", true)]
    [InlineData("<p>Rebels took the town</p>", true)]
    public void HtmlIsDetectedByTagsAndEntities(string content, bool expected) =>
        Assert.Equal(expected, MarkupDetector.LooksLikeHtml(content));

    [Fact]
    public void PlainTextLinesAreParagraphsAndWhitespaceIsNormalised()
    {
        var text = "  Fighting   erupted in the north.\r\nTroops\tadvanced.\r\n\r\n\r\nCivilians fled.  ";
        Assert.Equal("Fighting erupted in the north.\n\nTroops advanced.\n\nCivilians fled.", Clean(text));
    }

    [Fact]
    public void HardWrappedLinesThatContinueASentenceAreJoined()
    {
        var text = "Fighting erupted in the north of the province on Sunday as\nrebel units pushed toward the highway.\n\nCivilians fled.";
        Assert.Equal("Fighting erupted in the north of the province on Sunday as rebel units pushed toward the highway.\n\nCivilians fled.", Clean(text));
    }

    [Fact]
    public void AHeadlineInsideThePageHeaderIsTheTitle()
    {
        var html = "<header><a href='/'>Logo</a><h1>Floods and fighting displace thousands in Jonglei</h1></header>"
            + "<p>Thousands of families have fled villages in Jonglei state after clashes, the UN said.</p><p>Aid groups warned of hunger.</p>";
        var cleaned = ArticleCleaner.Clean(new ArticleInput(html));
        Assert.Equal("Floods and fighting displace thousands in Jonglei", cleaned.Title);
        Assert.StartsWith("Thousands of families", cleaned.Text);
    }

    [Fact]
    public void PlainTextWithAStrayBlockTagKeepsItsBlankLineParagraphs()
    {
        var text = "Rebels shelled the airport on Monday.<br>\n\nThe army said it repelled them.\rFlights were cancelled.";
        Assert.Equal("Rebels shelled the airport on Monday.\n\nThe army said it repelled them. Flights were cancelled.", Clean(text));
    }

    [Fact]
    public void SectionLabelsAboveTheHeadlineAreNotTheTitle()
    {
        var html = "<div><a href='/world'>World</a></div><div>Middle East</div><h1>Strikes hit Rafah as talks stall</h1>"
            + "<p>Israeli strikes on Rafah killed at least 20 people overnight, health officials said.</p><p>Talks in Cairo stalled.</p>";
        var cleaned = ArticleCleaner.Clean(new ArticleInput(html));
        Assert.Equal("Strikes hit Rafah as talks stall", cleaned.Title);
        Assert.Equal("Israeli strikes on Rafah killed at least 20 people overnight, health officials said.\n\nTalks in Cairo stalled.", cleaned.Text);
    }

    [Fact]
    public void PathologicallyNestedMarkupIsFlattenedInsteadOfParsed()
    {
        var deep = string.Concat(Enumerable.Repeat("<div><span>", 20000)) + "Rebels took the town." + string.Concat(Enumerable.Repeat("</span></div>", 20000));
        Assert.True(FlatHtml.IsTooDeep(deep));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal("Rebels took the town.", Clean(deep));
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void ManyUnclosedParagraphsAreNotDeep()
    {
        var html = "<div>" + string.Concat(Enumerable.Repeat("<p>Shelling continued<br>", 1000)) + "</div>";
        Assert.False(FlatHtml.IsTooDeep(html));
    }

    [Fact]
    public void EmptyOrScriptOnlyContentGivesEmptyText()
    {
        Assert.Equal("", Clean(""));
        Assert.Equal("", Clean("   \n  "));
        Assert.Equal("", Clean("<script>var a = 1;</script>"));
    }
}
