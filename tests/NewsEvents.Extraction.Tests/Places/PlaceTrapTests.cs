namespace NewsEvents.Extraction.Tests.Places;

public class PlaceTrapTests
{
    [Theory]
    [InlineData("Hussein said the talks had collapsed.", "Hussein")]
    [InlineData("President David met the envoy in the capital.", "David")]
    [InlineData("Ford told reporters the convoy had been hit.", "Ford")]
    [InlineData("Carden said aid could not reach the north.", "Carden")]
    [InlineData("The Syrian Observatory for Human Rights said 20 people died.", "Human")]
    [InlineData("Police said the attack happened in March.", "Police")]
    [InlineData("Police said the attack happened in March.", "March")]
    [InlineData("Mobile networks were cut in the region.", "Mobile")]
    [InlineData("Of the dead, ten were children.", "Of")]
    [InlineData("Hope faded for a ceasefire before Sunday.", "Hope")]
    [InlineData("Iran-backed militias joined the fight in Syria.", "Iran")]
    [InlineData("The Syrian army said it had repelled the attack.", "Syrian")]
    [InlineData("Russian warplanes struck the area, Syrian state media said.", "Russian")]
    [InlineData("Rebels in Syria's north advanced, and Sana said the army regrouped.", "Sana")]
    [InlineData("The New York Times reported the strike.", "New York")]
    [InlineData("Gen. Omar Ahmed Hamdan commanded the unit.", "Hamdan")]
    [InlineData("The former U.S. ambassador criticised the offensive.", "U.S.")]
    [InlineData("Patients were moved to the Saudi hospital in the city.", "Saudi")]
    [InlineData("Western governments condemned the attack on Kharkiv.", "Western")]
    [InlineData("Federal police deployed to Culiacan on Monday.", "Federal")]
    [InlineData("Russia-backed separatists shelled the town.", "Russia")]
    [InlineData("A bomb exploded at a mosque in Kunduz, Taliban officials said.", "Taliban")]
    [InlineData("Al-Shabaab attacked a hotel in the Somali capital on Friday.", "Somali")]
    [InlineData("The singer Chad Smith arrived in the city.", "Chad")]
    [InlineData("The Israel Defense Forces said troops were operating in the area.", "Israel")]
    [InlineData("Hezbollah and Hamas condemned the strike, Al Jazeera reported.", "Al Jazeera")]
    [InlineData("The Kremlin declined to comment, AFP and AP said.", "AP")]
    [InlineData("Sunday's attack was the deadliest since January.", "Sunday")]
    [InlineData("Maher said the army would return.", "Maher")]
    [InlineData("Fighters of the Islamic State of Iraq claimed the bombing.", "Iraq")]
    [InlineData("The Bank of England raised rates.", "England")]
    public void WordsAndPeopleAreNotPlaces(string text, string surface)
    {
        var results = Places.Find(text);
        Assert.True(Places.At(results, text, surface) is null, $"'{surface}' became a place: {Places.Describe(results)}");
    }
}
