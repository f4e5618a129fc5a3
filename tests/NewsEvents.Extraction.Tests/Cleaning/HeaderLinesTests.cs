using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Cleaning;

public class HeaderLinesTests
{
    private static CleanedArticle Clean(string content, string? title = null) => ArticleCleaner.Clean(new ArticleInput(content, Title: title));

    [Fact]
    public void ADateMarkerFollowedByTheStoryOnTheSameLineGivesTheHeaderDate()
    {
        var cleaned = Clean(" date 2025-03-14 Hundreds of families fled the border town on Friday.\n\nShelling continued.");
        Assert.Equal(new DateOnly(2025, 3, 14), cleaned.HeaderDate);
        Assert.Equal("Hundreds of families fled the border town on Friday.\n\nShelling continued.", cleaned.Text);
    }

    [Fact]
    public void ADateMarkerOnItsOwnLineIsRemoved()
    {
        var cleaned = Clean("date: 2025-03-14\nHundreds of families fled the border town on Friday.");
        Assert.Equal(new DateOnly(2025, 3, 14), cleaned.HeaderDate);
        Assert.Equal("Hundreds of families fled the border town on Friday.", cleaned.Text);
    }

    [Fact]
    public void ATitleLineAndAPublisherLineAreTakenOffTheBody()
    {
        var cleaned = Clean("Drone Barrage Leaves Kharkiv Without Power, Officials Say\nNorthline News Agency\n"
            + "Russian drones struck energy sites in Kharkiv overnight, the mayor said.\nRepairs began at dawn.");
        Assert.Equal("Drone Barrage Leaves Kharkiv Without Power, Officials Say", cleaned.Title);
        Assert.Equal("Northline News Agency", cleaned.Publisher);
        Assert.Equal("Russian drones struck energy sites in Kharkiv overnight, the mayor said.\n\nRepairs began at dawn.", cleaned.Text);
    }

    [Fact]
    public void AMarkdownBoldSubtitleIsNotBody()
    {
        var cleaned = Clean("Gunmen kill villagers in central Mali\nSahel Daily Times\n**Attack Leaves Dozens Dead in Mopti Region**\n"
            + "Gunmen on motorbikes attacked two villages in the Mopti region on Tuesday, local officials said.");
        Assert.Equal("Gunmen kill villagers in central Mali", cleaned.Title);
        Assert.Equal("Sahel Daily Times", cleaned.Publisher);
        Assert.Equal("Gunmen on motorbikes attacked two villages in the Mopti region on Tuesday, local officials said.", cleaned.Text);
    }

    [Theory]
    [InlineData("Soldiers shelled the village. Residents fled.\nMore fighting was reported on Sunday.")]
    [InlineData("the convoy was hit near the bridge\nNobody was hurt.")]
    public void ALedeIsNotATitle(string content)
    {
        var cleaned = Clean(content);
        Assert.Null(cleaned.Title);
        Assert.StartsWith(content[..10], cleaned.Text);
    }

    [Fact]
    public void AFirstLineRepeatingTheRequestTitleIsRemoved()
    {
        var cleaned = Clean("Clashes erupt in Tripoli.\nRival militias clashed in the capital overnight.", title: "Clashes erupt in Tripoli");
        Assert.Equal("Rival militias clashed in the capital overnight.", cleaned.Text);
    }

    [Theory]
    [InlineData("BEIRUT (Reuters) - Israeli strikes hit the southern suburbs.", "BEIRUT", "Israeli strikes hit the southern suburbs.")]
    [InlineData("KYIV, Ukraine (AP) -- Russian missiles struck the capital.", "KYIV, Ukraine", "Russian missiles struck the capital.")]
    [InlineData("KHARTOUM, Sudan \u2014 Paramilitary forces shelled a market.", "KHARTOUM, Sudan", "Paramilitary forces shelled a market.")]
    [InlineData("GOMA, Congo, March 3 (Reuters) \u2013 Rebels seized the airport.", "GOMA, Congo, March 3", "Rebels seized the airport.")]
    public void ADatelineIsCutFromTheFirstSentenceAndItsPlaceKeptOnItsOwnLine(string content, string place, string body) =>
        Assert.Equal(place + "\n\n" + body, Clean(content).Text);

    [Theory]
    [InlineData("Rebels - backed by foreign fighters - seized the town.")]
    [InlineData("The UN (OCHA) - the aid coordinator - warned of famine.")]
    [InlineData("NATO - the alliance - said it would respond.")]
    public void ADashInsideAnOrdinarySentenceIsNotADateline(string content) =>
        Assert.Equal(content, Clean(content).Text);

    [Fact]
    public void ABylineAndAPublicationStampAreRemoved()
    {
        var cleaned = Clean("By Amina Yusuf and Tom Reed\nUpdated: 14 March 2025 09:12 GMT\nGunmen abducted 30 pupils from a school in Kaduna state, police said.\n\nA search is under way.");
        Assert.Equal("Gunmen abducted 30 pupils from a school in Kaduna state, police said.\n\nA search is under way.", cleaned.Text);
    }

    [Fact]
    public void ANameAndAnAgencyLineIsABylineNotATitle()
    {
        var cleaned = Clean("Aung Min, Reuters\nJunta airstrikes hit a village in Sagaing region on Sunday, residents said.\n\nThe military did not comment.");
        Assert.Null(cleaned.Title);
        Assert.Equal("Junta airstrikes hit a village in Sagaing region on Sunday, residents said.\n\nThe military did not comment.", cleaned.Text);
    }
}
