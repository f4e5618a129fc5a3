namespace NewsEvents.Extraction.Tests.Places;

/// <summary>A place stays in the country the story is about: no namesake abroad, however close its spelling.</summary>
public class StoryCountryTests
{
    [Fact]
    public void MocimboaDaPraiaIsNotTheCapitalOfCapeVerde()
    {
        const string text = "Insurgents clashed with troops in Mocimboa da Praia, in northern Mozambique.";
        var results = Places.Find(text);
        Assert.DoesNotContain(results, r => r.Country == "CV");
        var place = Places.At(results, text, "Mocimboa da Praia");
        Assert.True(place is not null, Places.Describe(results));
        Assert.Equal("MZ", place.Country);
    }

    [Fact]
    public void AVillageAcrossTheBorderIsNotTakenForOneHere()
    {
        // Zouvoul is a GeoNames village of Cameroon; in a Nigerian story it is a Nigerian place the gazetteer lacks
        const string text = "Nigerian police said gunmen killed five people in Zouvoul.";
        var place = Places.At(Places.Find(text), text, "Zouvoul");
        Assert.NotNull(place);
        Assert.Equal("unresolved", place.Precision);
        Assert.Equal("NG", place.Country);
    }

    [Fact]
    public void ASpellingOfATownInAThirdCountryIsNoGuess()
    {
        // "Bungome" spells like Bungoma in Kenya, which does not border the Congo
        const string text = "Congolese soldiers clashed with militiamen in Bungome on Monday.";
        var place = Places.At(Places.Find(text), text, "Bungome");
        Assert.NotNull(place);
        Assert.Equal("CD", place.Country);
        Assert.Equal("unresolved", place.Precision);
    }

    [Fact]
    public void ADayAfterAPlaceIsNotPartOfItsName()
    {
        const string text = "Rockets hit eastern Kabul Tuesday, the police said.";
        var kabul = Places.At(Places.Find(text), text, "Kabul");
        Assert.NotNull(kabul);
        Assert.Equal("AF", kabul.Country);
    }
}
