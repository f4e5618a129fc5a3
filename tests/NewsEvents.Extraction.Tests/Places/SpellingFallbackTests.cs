using NewsEvents.Extraction.Places;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Places;

public class SpellingFallbackTests
{
    private static readonly PlaceFinder Finder = PlaceFinder.LoadDefault();

    [Fact]
    public void ASpellingVariantNeverLeavesTheCountriesTheArticleSpeaksOf()
    {
        var text = "Gangs attacked Kenscoff in Haiti on Saturday. Police arrested six men at a checkpoint in Petion-Ville on Monday.";
        var places = Finder.Find(TextAnalyzer.Analyze(text));
        Assert.All(places, p => Assert.Equal("HT", p.Country));
    }

    [Fact]
    public void AHyphenatedNameMeetsItsOneWordSpelling()
    {
        const string text = "Gangs attacked Kenscoff in Haiti on Saturday. Police arrested six men in Pétion-Ville on Monday.";
        var place = Places.At(Finder.Find(TextAnalyzer.Analyze(text)), text, "Pétion-Ville");
        Assert.NotNull(place);
        Assert.Equal("Pétionville", place.Name);
        Assert.Equal("HT", place.Country);
    }
}
