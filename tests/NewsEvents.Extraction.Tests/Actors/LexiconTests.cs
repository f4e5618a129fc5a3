using System.Text.RegularExpressions;
using static NewsEvents.Extraction.Tests.Actors.ActorTestKit;

namespace NewsEvents.Extraction.Tests.Actors;

public class LexiconTests
{
    [Fact]
    public void TheLexiconHoldsSeveralHundredNamedActors() =>
        // generated actors have ids like "mil-SY" or "civ-"; named ones do not
        Assert.True(Finder.Lexicon.Count(a => !Regex.IsMatch(a.Id, "^[a-z]+-[A-Z]{0,2}$")) > 400);

    [Theory]
    [InlineData("SY", "Hayat Tahrir al-Sham")]
    [InlineData("IQ", "Popular Mobilization Forces")]
    [InlineData("UA", "Azov Brigade")]
    [InlineData("PS", "Hamas")]
    [InlineData("LB", "Hezbollah")]
    [InlineData("YE", "Houthis")]
    [InlineData("SD", "Rapid Support Forces")]
    [InlineData("ET", "Fano")]
    [InlineData("SO", "Al Shabaab")]
    [InlineData("ML", "Jama'at Nusrat al-Islam wal-Muslimin")]
    [InlineData("BF", "Volunteers for the Defence of the Homeland")]
    [InlineData("NG", "Boko Haram")]
    [InlineData("CD", "M23")]
    [InlineData("MM", "Arakan Army")]
    [InlineData("AF", "Taliban")]
    [InlineData("PK", "Tehrik-i-Taliban Pakistan")]
    [InlineData("CO", "National Liberation Army")]
    [InlineData("MX", "Sinaloa Cartel")]
    [InlineData("HT", "Viv Ansanm")]
    public void EveryMainConflictHasItsMainActors(string country, string name) =>
        Assert.Contains(Finder.Lexicon, a => a.Name == name && a.Country == country);

    [Fact]
    public void EveryCountryHasItsForcesAndGovernment()
    {
        foreach (var code in new[] { "SY", "RU", "UA", "IL", "SD", "MM", "ML", "NG", "CD", "MX", "HT", "US" })
        {
            Assert.Contains(Finder.Lexicon, a => a.Id == "mil-" + code && a.Type == "state_forces");
            Assert.Contains(Finder.Lexicon, a => a.Id == "gov-" + code && a.Type == "government");
        }
    }
}
