using static NewsEvents.Extraction.Tests.Actors.ActorTestKit;

namespace NewsEvents.Extraction.Tests.Actors;

public class GenericReferenceTests
{
    [Theory]
    [InlineData("The regime bombed the town.", "SY", "Military Forces of Syria")]
    [InlineData("Government forces retook the village.", "SY", "Military Forces of Syria")]
    [InlineData("Pro-government troops shelled the area.", "SY", "Military Forces of Syria")]
    [InlineData("The army said it had repelled an attack.", "SD", "Military Forces of Sudan")]
    [InlineData("Security forces opened fire on the crowd.", "IR", "Military Forces of Iran")]
    [InlineData("The junta's air force bombed a school.", "MM", "Military Forces of Myanmar")]
    [InlineData("The junta said the town was calm.", "MM", "Military Forces of Myanmar")]
    [InlineData("Insurgents seized a checkpoint.", "SY", "Rebel groups (Syria)")]
    [InlineData("Opposition factions announced an offensive.", "SY", "Rebel groups (Syria)")]
    [InlineData("Jihadists ambushed the convoy.", "BF", "Rebel groups (Burkina Faso)")]
    [InlineData("Gangs torched homes in the capital.", "HT", "Gangs (Haiti)")]
    [InlineData("Gunmen killed six people at a bar.", "MX", "Unidentified Armed Group (Mexico)")]
    [InlineData("Bandits abducted 20 students.", "NG", "Unidentified Armed Group (Nigeria)")]
    [InlineData("Residents said they heard explosions.", "UA", "Civilians (Ukraine)")]
    [InlineData("Protesters gathered outside parliament.", "KE", "Protesters (Kenya)")]
    [InlineData("The government did not comment.", "SY", "Government of Syria")]
    [InlineData("Authorities imposed a curfew.", "PK", "Government of Pakistan")]
    [InlineData("The military said two soldiers died.", "ML", "Military Forces of Mali")]
    [InlineData("Pro-government militias looted the market.", "SD", "Pro-Government Militia (Sudan)")]
    [InlineData("Palestinian militants fired rockets, the army said.", "PS", "Military Forces of Israel")]
    [InlineData("State media said the rebels had been pushed back.", "SY", "State media (Syria)")]
    [InlineData("The Defence Ministry said 40 drones were downed.", "RU", "Government of Russia")]
    [InlineData("Health officials said 14 people were killed.", "PS", "Government of Palestine")]
    public void GenericReferencesResolveToTheArticlesCountry(string sentence, string country, string name) =>
        Assert.True(Find(sentence, PlaceIn(country)).Any(a => a.Name == name), $"'{name}' not in: {Names(Find(sentence, PlaceIn(country)))}");

    [Fact]
    public void WithoutPlacesTheCountryComesFromTheTextItself()
    {
        var actors = Find("Insurgents entered Aleppo. The regime sent reinforcements from Damascus to Hama.");
        Assert.Contains(actors, a => a.Name == "Rebel groups (Syria)");
        Assert.Contains(actors, a => a.Name == "Military Forces of Syria");
    }

    [Fact]
    public void StateForcesAreNotGuessedWithoutACountry() =>
        Assert.DoesNotContain(Find("The army said it had repelled an attack."), a => a.Type == "state_forces");

    [Theory]
    [InlineData("The military campaign lasted weeks.")]
    [InlineData("A government spokesman declined to comment.")]
    [InlineData("His army was defeated.")]
    [InlineData("The Arakan Liberation Army said nothing.")]
    public void GenericWordsInOtherRolesAreNotActors(string sentence) =>
        Assert.DoesNotContain(Find(sentence, PlaceIn("SY")), a => a.Name is "Military Forces of Syria" or "Government of Syria" && a.Text != "government spokesman");

    [Fact]
    public void AWarMonitorIsTheMonitorTheArticleNames()
    {
        var actors = Find("A war monitor said 20 fighters died. The Syrian Observatory for Human Rights gave no names.", PlaceIn("SY"));
        var sohr = actors.Single(a => a.Type == "monitor");
        Assert.Equal("Syrian Observatory for Human Rights", sohr.Name);
        Assert.Equal(2, sohr.Spans.Count);
    }

    [Fact]
    public void AnUnnamedMonitorIsSkipped() =>
        Assert.DoesNotContain(Find("A war monitor said 20 fighters died.", PlaceIn("SY")), a => a.Type == "monitor");

    [Fact]
    public void ANounAfterANamedGroupBelongsToTheGroup()
    {
        var actors = Find("Hamas militants and Hezbollah fighters were seen.", PlaceIn("PS"));
        Assert.Equal(["Hamas", "Hezbollah"], actors.Select(a => a.Name));
    }

    [Fact]
    public void AParagraphOpeningOnAnotherCountryResolvesItsGenericReferencesThere()
    {
        var text = "Boko Haram killed 40 farmers in Borno, Nigeria, officials said. The army sent troops to Maiduguri.\n\n" +
            "In neighbouring Niger, the junta said ten soldiers died near Tillaberi.";
        var actors = Find(text);
        Assert.Contains(actors, a => a.Name == "Military Forces of Nigeria");
        Assert.Contains(actors, a => a.Name == "Military Forces of Niger" && a.Text == "junta");
    }

    [Fact]
    public void ADatelineDoesNotSwallowTheNextNoun() =>
        Assert.Contains(Find("CULIACAN, Mexico - Gunmen killed five people at a car wash."), a => a.Name == "Unidentified Armed Group (Mexico)");

    [Theory]
    [InlineData("The renewed fighting in northern Mali is the heaviest this decade.")]
    [InlineData("Syria is a country of 23 million people.")]
    public void APartOfACountryIsAPlace(string sentence) => Assert.DoesNotContain(Find(sentence), a => a.Type == "government");
}
