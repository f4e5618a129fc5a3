using static NewsEvents.Extraction.Tests.Actors.ActorTestKit;

namespace NewsEvents.Extraction.Tests.Actors;

public class StateActorTests
{
    [Theory]
    [InlineData("Russian warplanes struck the town.", "Military Forces of Russia")]
    [InlineData("The Russian air force carried out raids.", "Military Forces of Russia")]
    [InlineData("Turkish security officials said the border was closed.", "Government of Turkey")]
    [InlineData("Israeli strikes hit the camp.", "Military Forces of Israel")]
    [InlineData("The Israeli military said it intercepted a drone.", "Military Forces of Israel")]
    [InlineData("Syria's Armed Forces said they repelled the attack.", "Military Forces of Syria")]
    [InlineData("Syria's army withdrew from the city.", "Military Forces of Syria")]
    [InlineData("The Syrian army sent reinforcements.", "Military Forces of Syria")]
    [InlineData("Russian forces advanced near Pokrovsk.", "Military Forces of Russia")]
    [InlineData("Ukraine's armed forces said they shot down 40 drones.", "Military Forces of Ukraine")]
    [InlineData("The Malian army said it killed dozens of jihadists.", "Military Forces of Mali")]
    [InlineData("The Israeli military and Hamas exchanged fire.", "Hamas")]
    [InlineData("Turkey's foreign ministry condemned the attack.", "Government of Turkey")]
    [InlineData("The Russian Defence Ministry said its forces captured a village.", "Government of Russia")]
    [InlineData("Zelenskyy's office said the talks would continue.", "Government of Ukraine")]
    [InlineData("US forces struck targets in Iraq.", "Military Forces of the United States")]
    [InlineData("The U.S. military said it killed a senior leader.", "Military Forces of the United States")]
    [InlineData("Nigerian police said the gunmen fled.", "Police Forces of Nigeria")]
    [InlineData("Palestinian civilians were among the dead.", "Civilians (Palestine)")]
    [InlineData("Assad's army shelled the villages.", "Military Forces of Syria")]
    [InlineData("Hemedti's fighters entered the camp.", "Rapid Support Forces")]
    [InlineData("Burmese troops burned the village.", "Military Forces of Myanmar")]
    [InlineData("Russian state media said the strike hit a command post.", "State media (Russia)")]
    public void DemonymsAndPossessivesMapToTheState(string sentence, string name) =>
        Assert.True(Find(sentence).Any(a => a.Name == name), $"'{name}' not in: {Names(Find(sentence))}");

    [Fact]
    public void ListedNamesAndDemonymsShareTheNoun()
    {
        var mixed = Find("U.S. and British warplanes struck targets near Hodeidah.");
        Assert.Contains(mixed, a => a.Name == "Military Forces of the United States");
        Assert.Contains(mixed, a => a.Name == "Military Forces of the United Kingdom");
        var actors = Find("Syrian and Russian warplanes pounded the town near Idlib.");
        Assert.Contains(actors, a => a.Name == "Military Forces of Syria");
        Assert.Contains(actors, a => a.Name == "Military Forces of Russia");
    }

    [Theory]
    [InlineData("Russia said the talks had failed.", "Government of Russia")]
    [InlineData("Turkey, which supports some rebel factions, closed its border.", "Government of Turkey")]
    [InlineData("Troops loyal to the junta were supplied by Russia, Iran and their partners.", "Government of Iran")]
    [InlineData("Troops loyal to the junta were supplied by Russia, Iran and their partners.", "Government of Russia")]
    [InlineData("Iran and its allies have lost ground.", "Government of Iran")]
    [InlineData("Hezbollah has been at war with Israel for a year.", "Government of Israel")]
    [InlineData("The ministry accused Rwanda of backing the rebels.", "Government of Rwanda")]
    [InlineData("Moscow said the strikes were aimed at militants.", "Government of Russia")]
    [InlineData("Saudi Arabia and the UAE backed the plan.", "Government of Saudi Arabia")]
    [InlineData("Saudi Arabia and the UAE backed the plan.", "Government of the United Arab Emirates")]
    public void CountriesThatActAreActors(string sentence, string name) =>
        Assert.True(Find(sentence).Any(a => a.Name == name), $"'{name}' not in: {Names(Find(sentence))}");

    [Theory]
    [InlineData("Thousands fled to Turkey last year.")]
    [InlineData("The convoy crossed the border with Turkey at dawn.")]
    [InlineData("Families in Lebanon said they could not return.")]
    [InlineData("The fighting in Syria has killed hundreds.")]
    [InlineData("The Britain-based observatory has a network of sources.")]
    [InlineData("Russia's Kursk region was hit overnight.")]
    [InlineData("Moscow was hit by drones overnight.")]
    [InlineData("A Syrian city fell and a Sudanese village burned.")]
    [InlineData("Defence Minister Israel Katz visited the base.")]
    [InlineData("Iranian-made drones and Russian-language leaflets were found.")]
    public void CountriesAsPlacesAreNotActors(string sentence) => Assert.Empty(Find(sentence));

    [Theory]
    [InlineData("Iran-backed militias fired at the base near Deir ez-Zor.", "Iran-backed militias")]
    [InlineData("Iran-linked groups were stationed in the town of Kafr Laha near Aleppo.", "Iran-backed militias")]
    [InlineData("Pro-Iranian militias withdrew from the city of Aleppo.", "Iran-backed militias")]
    [InlineData("The Iranian militia and the army retreated from Aleppo.", "Iran-backed militias")]
    [InlineData("Kurdish militias held the neighbourhood in Aleppo.", "Kurdish Ethnic Militia (Syria)")]
    [InlineData("Fulani gunmen attacked farmers in Benue.", "Fulani Ethnic Militia (Nigeria)")]
    public void ProxiesAndEthnicMilitiasGetTheirBuckets(string sentence, string name) =>
        Assert.True(Find(sentence).Any(a => a.Name == name), $"'{name}' not in: {Names(Find(sentence))}");

    [Fact]
    public void ABackerOfANamedGroupIsAnActorToo()
    {
        var actors = Find("The Iran-backed Hezbollah fired rockets.");
        Assert.Contains(actors, a => a.Name == "Hezbollah");
        Assert.Contains(actors, a => a.Name == "Government of Iran");
    }

    [Theory]
    [InlineData("Russian forces shelled Kharkiv and Ukrainian troops returned fire near Kupiansk.", "Military Forces of Russia", "external_force")]
    [InlineData("Russian forces shelled Kharkiv and Ukrainian troops returned fire near Kupiansk.", "Military Forces of Ukraine", "state_forces")]
    [InlineData("Israeli strikes hit Rafah and Khan Younis in the Gaza Strip.", "Military Forces of Israel", "external_force")]
    [InlineData("Israeli police arrested two men in Haifa and Tel Aviv.", "Police Forces of Israel", "state_forces")]
    [InlineData("Russian warplanes struck Idlib and Aleppo.", "Military Forces of Russia", "external_force")]
    [InlineData("BEIRUT (Reuters) - Israeli strikes hit the suburbs and the Israeli army said Hezbollah fired at Haifa and northern Israel.", "Military Forces of Israel", "external_force")]
    [InlineData("Myanmar's ruling junta said troops retook the town in Rakhine.", "Military Forces of Myanmar", "state_forces")]
    public void AStatesForcesAreExternalOutsideTheirCountry(string sentence, string name, string type) =>
        Assert.Equal(type, Find(sentence).Single(a => a.Name == name).Type);
}
