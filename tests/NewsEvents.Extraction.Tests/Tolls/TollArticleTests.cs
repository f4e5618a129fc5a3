namespace NewsEvents.Extraction.Tests.Tolls;

/// <summary>Whole wire-style articles written for these tests, with every toll expected beside them.</summary>
public class TollArticleTests
{
    private const string Sudan = """
        The paramilitary Rapid Support Forces shelled the Abu Shouk camp near El Fasher on Saturday, killing at least 40 people, including 12 children, medics said.

        The RSF, which has besieged the city for more than 500 days, deployed some 3,000 fighters and dozens of armoured vehicles around the camp, according to the Sudan Doctors Network.

        The army said its drones had killed 150 RSF fighters in the counter-attack. The fighting has forced 2,500 families to flee toward Tawila, 60 km to the west, the UN migration agency said.

        Sudan's war, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million.
        """;

    private const string Ukraine = """
        A Russian missile and drone attack on Kyiv overnight killed 23 people, including four children, and injured at least 48 others, officials said on Thursday.

        Russia launched 598 drones and 31 missiles in one of the largest attacks of the war, the Ukrainian air force said, adding that 565 drones had been shot down.

        A nine-storey building in the Sviatoshynskyi district collapsed, and the bodies of six people were found under the rubble. Rescuers said 10 people were still missing.

        Kyiv, a city of three million people, has been struck repeatedly since the full-scale invasion began in February 2022.
        """;

    private const string Gaza = """
        Israeli strikes across the Gaza Strip killed 62 Palestinians on Tuesday, among them 18 women, the territory's health ministry said, bringing the death toll since the war began to 52,810.

        The Israeli military said it had struck 120 targets over the past 24 hours and that two soldiers had been wounded in Khan Younis.

        About 90 percent of Gaza's 2.1 million people have been displaced at least once, the United Nations says.
        """;

    private const string Sahel = """
        Suspected jihadists ambushed a military convoy near Djibo in northern Burkina Faso on Monday, killing at least 35 soldiers and 12 civilian volunteers, security sources said.

        The attackers, estimated at more than 200 men on motorbikes, seized two armoured vehicles and several weapons. Dozens of soldiers were wounded and 20 others are missing, one source said.

        The JNIM group, which has been active in the region since 2017, claimed the attack. Burkina Faso's junta, in power since a 2022 coup, has lost control of about 40 percent of the country.
        """;

    private const string Myanmar = """
        A military airstrike on a monastery in Sagaing region killed 23 people, including three children, residents and a local resistance group said on Saturday.

        Two 500-pound bombs were dropped on the village at about 1 a.m., a resident told reporters. Some 150 people had been sheltering in the monastery, which lies 30 km from Mandalay.

        The junta, which seized power in February 2021, has arrested more than 28,000 people since the coup, according to the Assistance Association for Political Prisoners.
        """;

    private const string Haiti = """
        Gang members armed with automatic rifles killed at least 70 people, among them 10 women and three infants, in an attack on the town of Pont-Sonde, the UN human rights office said.

        About 6,000 residents fled the town, and 16 people were seriously wounded, officials said. The gang coalition, which controls 85% of the capital, has some 3,000 members.

        Since 2021, more than 700,000 Haitians have been displaced by gang violence, the IOM said.
        """;

    [Fact]
    public void ASahelReportKeepsSoldiersAndVolunteersApartAndSkipsTheAttackersStrength() => AssertTolls(Sahel,
        "killed 35 soldiers",
        "killed 12 civilian volunteers",
        "injured dozens soldiers",
        "missing 20 soldiers");

    [Fact]
    public void AMyanmarReportSkipsBombsTimesShelteringPeopleAndDistances() => AssertTolls(Myanmar,
        "killed 23 people [3 children]",
        "arrested 28000 people");

    [Fact]
    public void AHaitiReportSkipsPercentagesAndGangStrength() => AssertTolls(Haiti,
        "killed 70 people [10 women, 3 infants]",
        "displaced 6000 residents",
        "injured 16 people",
        "displaced 700000 Haitians");

    [Fact]
    public void ASudanReportGivesItsTollsAndNoForceSizesOrDistances() => AssertTolls(Sudan,
        "killed 40 people [12 children]",
        "killed 150 RSF fighters",
        "displaced 2500 families",
        "killed tens of thousands people",
        "displaced 12000000 ");

    [Fact]
    public void AUkraineReportGivesItsTollsAndNoDronesOrPopulation() => AssertTolls(Ukraine,
        "killed 23 people [4 children]",
        "injured 48 people",
        "killed 6 people",
        "missing 10 people");

    [Fact]
    public void AGazaReportGivesItsTollsAndNoTargetsPercentagesOrPopulation() => AssertTolls(Gaza,
        "killed 62 Palestinians [18 women]",
        "killed 52810 ",
        "injured 2 soldiers");

    private static void AssertTolls(string article, params string[] expected)
    {
        var tolls = TollTestKit.Tolls(article.Replace("\r", ""));
        var actual = tolls.Select(t => $"{t.Kind} {t.Best?.ToString() ?? t.Vague} {t.Victims}"
            + (t.Includes.Count > 0 ? " [" + string.Join(", ", t.Includes.Select(p => $"{p.Best} {p.Victims}")) + "]" : ""));
        Assert.Equal(expected, actual);
    }
}
