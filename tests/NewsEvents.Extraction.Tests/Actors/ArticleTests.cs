using static NewsEvents.Extraction.Tests.Actors.ActorTestKit;

namespace NewsEvents.Extraction.Tests.Actors;

/// <summary>Short wire-style reports written for these tests, with the actors a reader would list (and some they would not).</summary>
public class ArticleTests
{
    private const string Sudan = """
        The paramilitary Rapid Support Forces shelled El Fasher on Sunday, killing at least 12 civilians, the Sudan Doctors Network said.

        The RSF has besieged the city, the last army stronghold in Darfur, since May. Sudan's army said its aircraft struck RSF positions east of the city.

        Residents said the Emergency Response Rooms had run out of food. The UN World Food Programme warned of famine in the Zamzam camp.

        Army chief Abdel Fattah al-Burhan vowed to fight on. Hemedti's forces accuse the SAF of bombing markets.
        """;

    private const string Ukraine = """
        Russian forces launched 120 drones and six missiles at Ukraine overnight, Ukraine's air force said on Tuesday.

        In Kharkiv, two people were killed when a guided bomb hit an apartment block, regional governor Oleh Syniehubov said on Telegram.

        The Kremlin said it would not comment. Ukrainian troops have pushed back Russian units near Kupiansk, the General Staff of the Armed Forces of Ukraine said.

        Moscow accused Kyiv of attacking civilian infrastructure in the Belgorod region, the TASS news agency reported.
        """;

    private const string Gaza = """
        Israeli strikes killed at least 30 people across the Gaza Strip on Thursday, the Hamas-run health ministry said.

        The Israeli military said it targeted Hamas and Islamic Jihad militants operating from a school in Jabalia. Palestinian civilians sheltering there were among the dead, according to the Palestinian Civil Defence.

        Hezbollah said it fired rockets at northern Israel in solidarity. The UN agency for Palestinian refugees, UNRWA, said aid trucks were blocked at the Kerem Shalom crossing.
        """;

    private const string Sahel = """
        Jihadists linked to al-Qaeda killed dozens of soldiers in an attack on an army base near Djibo, security sources said.

        JNIM claimed the attack in a statement. Burkina Faso's junta, led by Captain Ibrahim Traore, has recruited thousands of VDP auxiliaries.

        In neighbouring Mali, FAMa troops and Africa Corps mercenaries were accused by Human Rights Watch of executing villagers near Mopti.
        """;

    private const string Myanmar = """
        The Arakan Army said on Monday it had captured the last junta base in the town, after weeks of fighting in Rakhine State.

        Junta troops retreated toward Sittwe. A spokesman for the military government said the AA had attacked civilians.

        People's Defence Force units and the Kachin Independence Army also launched attacks in Sagaing and Kachin, residents said.
        """;

    private const string Haiti = """
        Gangs from the Viv Ansanm coalition attacked Mirebalais overnight, freeing hundreds of prisoners, Haitian National Police officials said.

        Kenyan police officers of the Multinational Security Support mission reinforced the police in Port-au-Prince. The UN's International Organization for Migration said 6,000 people fled.
        """;

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        { Sudan, ["Rapid Support Forces", "Military Forces of Sudan", "Civilians (Sudan)", "Sudan Doctors Network", "Emergency Response Rooms", "World Food Programme"], ["Government of Sudan"] },
        { Ukraine, ["Military Forces of Russia", "Military Forces of Ukraine", "Government of Russia", "Government of Ukraine", "TASS"], [] },
        { Gaza, ["Military Forces of Israel", "Hamas", "Palestinian Islamic Jihad", "Gaza Health Ministry", "Civilians (Palestine)", "Palestinian Civil Defence", "Hezbollah", "UNRWA"], ["Government of Israel"] },
        { Sahel, ["Rebel groups (Burkina Faso)", "Al-Qaeda", "Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Burkina Faso", "Volunteers for the Defence of the Homeland", "Military Forces of Mali", "Africa Corps", "Human Rights Watch"], [] },
        { Myanmar, ["Arakan Army", "Military Forces of Myanmar", "People's Defence Force", "Kachin Independence Army", "Civilians (Myanmar)"], [] },
        { Haiti, ["Gangs (Haiti)", "Viv Ansanm", "Police Forces of Haiti", "Multinational Security Support Mission", "International Organization for Migration"], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachReportYieldsItsActors(string article, string[] expected, string[] unexpected)
    {
        var found = Find(article);
        foreach (var name in expected) Assert.True(found.Any(a => a.Name == name), $"'{name}' not in: {Names(found)}");
        foreach (var name in unexpected) Assert.DoesNotContain(found, a => a.Name == name);
    }

    [Fact]
    public void InAUkraineReportRussianForcesAreExternalAndUkrainianForcesAreTheState()
    {
        var found = Find(Ukraine);
        Assert.Equal("external_force", found.Single(a => a.Name == "Military Forces of Russia").Type);
        Assert.Equal("state_forces", found.Single(a => a.Name == "Military Forces of Ukraine").Type);
    }

    [Fact]
    public void EverySpanCoversTheTextItWasFoundIn()
    {
        var text = NewsEvents.Extraction.Text.TextAnalyzer.Analyze(Gaza);
        foreach (var actor in Finder.Find(text, []))
            foreach (var span in actor.Spans)
                Assert.False(string.IsNullOrWhiteSpace(text.Of(span)), $"{actor.Name}: empty span {span}");
    }
}
