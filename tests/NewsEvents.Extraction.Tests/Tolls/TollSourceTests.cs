using NewsEvents.Extraction.Tolls;

namespace NewsEvents.Extraction.Tests.Tolls;

public class TollSourceTests
{
    [Theory]
    [InlineData("the Lebanese health ministry", "Government of Lebanon", "Lebanese health ministry")]
    [InlineData("Ukrainian officials", "Government of Ukraine", "Government of Ukraine")]
    [InlineData("a UN spokesperson", "United Nations", "United Nations")]
    [InlineData("local civil society leaders", null, "local civil society leaders")]
    [InlineData("The monitor", "Airwars", "Airwars")]
    [InlineData("medics", null, "medics")]
    [InlineData("the group", "Fano", "Fano")]
    [InlineData("the ministry", "Government of Yemen", "Government of Yemen")]
    [InlineData("she", null, "she")]
    [InlineData("Oleh Synehubov", null, "Oleh Synehubov")]
    public void ASourceIsNamedAsTheTextNamesItUnlessThatSaysNothingAlone(string speaker, string? actor, string expected)
    {
        var claim = new ClaimResult(speaker, actor, "say", "assertion", false, "twelve people were killed", new TextSpan(0, 25));
        Assert.Equal(expected, TollSource.Of(claim));
    }
}

public class OtherVictimsTests
{
    [Theory]
    [InlineData("A drone strike killed four civilians in Sumy and 12 others were wounded.", "civilians")]
    [InlineData("The blast killed nine and wounded 20 others.", "people")]
    public void OthersAreMoreOfTheGroupCountedBefore(string text, string expected)
    {
        var injured = Assert.Single(TollTestKit.Tolls(text), t => t.Kind == "injured");
        Assert.Equal(expected, injured.Victims);
    }
}
