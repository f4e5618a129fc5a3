namespace NewsEvents.Extraction.Tests.Places;

public class UnresolvedPlaceTests
{
    // The names below are invented, so the gazetteer cannot know them: only the text marks them as places.
    [Theory]
    [InlineData("Rebels captured the village of Zarqoumiya near Aleppo on Friday.", "Zarqoumiya", "SY")]
    [InlineData("Fighting spread to Bertaqash's countryside in northern Syria.", "Bertaqash", "SY")]
    [InlineData("Jets bombed Kafr Zuwaytiqa in Idlib province.", "Kafr Zuwaytiqa", "SY")]
    [InlineData("Troops shelled Tal Qarmaziyya, east of Aleppo.", "Tal Qarmaziyya", "SY")]
    [InlineData("The army retook the town of Morvushkino in eastern Ukraine.", "Morvushkino", "UA")]
    [InlineData("Aid groups said famine had reached the Qoradim camp in Sudan's North Darfur.", "Qoradim camp", "SD")]
    [InlineData("Troops raided the Zawarqa district of Gaza City at dawn.", "Zawarqa district", "PS")]
    [InlineData("Russia's defence ministry said it had taken the village of Novokrasylivka in Ukraine's Donetsk region.", "Novokrasylivka", "UA")]
    public void PlacesTheTextMarksAreKeptUnresolved(string text, string surface, string country)
    {
        var results = Places.Find(text);
        var place = Places.At(results, text, surface);
        Assert.True(place is not null, $"'{surface}' not kept; got: {Places.Describe(results)}");
        Assert.Equal("unresolved", place.Precision);
        Assert.Equal(surface, place.Name);
        Assert.Equal(country, place.Country);
    }

    // "New", "Old", "Upper" are common words the scanner drops from the start of a name when the sentence opens with
    // them; inside a sentence their capital makes them part of the name.
    [Theory]
    [InlineData("Gunmen shot dead a trader in New Varsolo on Monday, police said.", "New Varsolo")]
    [InlineData("Two farmers were killed near Old Kembuti in a raid at dawn.", "Old Kembuti")]
    public void ACommonWordCapitalisedInsideTheSentenceOpensTheName(string text, string surface)
    {
        var results = Places.Find(text);
        var place = Places.At(results, text, surface);
        Assert.True(place is not null, $"'{surface}' not kept; got: {Places.Describe(results)}");
        Assert.Equal(surface, place.Name);
    }

    // "upper" and "lower" place a name within its valley or region as "northern" does
    [Theory]
    [InlineData("Three guards died in a blast in upper Varsolo on Monday.", "Varsolo")]
    [InlineData("Herders clashed with farmers in lower Kembuti overnight.", "Kembuti")]
    public void AnUpperOrLowerPartOfAPlaceIsThePlace(string text, string surface)
    {
        var results = Places.Find(text);
        Assert.True(Places.At(results, text, surface) is not null, $"'{surface}' not kept; got: {Places.Describe(results)}");
    }

    [Fact]
    public void ACommonWordOpeningTheSentenceIsNoPartOfTheName()
    {
        const string text = "New fighting broke out in Varsolo on Monday.";
        Assert.DoesNotContain(Places.Find(text), p => p.Name.StartsWith("New", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryMemberOfAListOfVillagesIsAPlace()
    {
        const string text = "Insurgents said they took the villages of Qarnawash, Birtaymun and Hazmarqa in Aleppo province.";
        var results = Places.Find(text);
        foreach (var name in new[] { "Qarnawash", "Birtaymun", "Hazmarqa" })
        {
            var place = Places.At(results, text, name);
            Assert.True(place is not null, $"'{name}' not kept; got: {Places.Describe(results)}");
            Assert.Equal("Aleppo Governorate", place.Admin1);
            Assert.Equal("SY", place.Country);
        }
    }

    [Fact]
    public void AnUnresolvedPlaceTakesItsParentFromEarlierInTheParagraph()
    {
        const string text = "Rebels pushed deep into Aleppo province on Thursday. They said they had taken the village of Qarmazinat.";
        var place = Places.At(Places.Find(text), text, "Qarmazinat");
        Assert.NotNull(place);
        Assert.Equal("Aleppo Governorate", place.Admin1);
    }

    [Fact]
    public void AListWithAKnownPlaceMakesItsOtherMembersPlaces()
    {
        const string text = "Shelling hit Aleppo, Zirqamoun and Talbisat in Syria on Thursday.";
        var results = Places.Find(text);
        Assert.NotNull(Places.At(results, text, "Zirqamoun"));
        Assert.NotNull(Places.At(results, text, "Talbisat"));
    }

    [Theory]
    [InlineData("Clashes were reported in Qarmazan province of Syria.", "Qarmazan province")]
    [InlineData("Drones struck a depot in Velykoshchanska Oblast, Ukraine said.", "Velykoshchanska Oblast")]
    [InlineData("Bandits attacked farmers in Gurmazawa State, Nigerian police said.", "Gurmazawa State")]
    public void ARegionTheGazetteerLacksIsKeptAsARegion(string text, string surface)
    {
        var place = Places.At(Places.Find(text), text, surface);
        Assert.NotNull(place);
        Assert.Equal("region", place.Kind);
        Assert.Equal("unresolved", place.Precision);
    }
}
