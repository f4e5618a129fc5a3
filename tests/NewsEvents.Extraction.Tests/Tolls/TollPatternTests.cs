namespace NewsEvents.Extraction.Tests.Tolls;

/// <summary>One toll per sentence: kind|best|min|qualifier|vague|victims.</summary>
public class TollPatternTests
{
    [Theory]
    // Gaza
    [InlineData("Israeli strikes killed 16 civilians in Khan Younis overnight, the health ministry said.", "killed|16|16|||civilians")]
    [InlineData("At least 40 Palestinians were killed in strikes on Gaza City, the health ministry said.", "killed|40|40|at_least||Palestinians")]
    [InlineData("The death toll in Gaza rose to 112 on Thursday.", "killed|112|112|||")]
    [InlineData("The death toll from a grenade attack late on Friday by masked men on a crowded bus depot in the town of Opit has climbed to 9.", "killed|9|9|||")]
    [InlineData("The number of people killed in the region has risen to 40.", "killed|40|40|||")]
    [InlineData("The total number of dead stood at 112 on Sunday.", "killed|112|112|||")]
    [InlineData("The ministry put the toll at 43,000.", "killed|43000|43000|||")]
    [InlineData("The bombing of the market claimed the lives of 31 people.", "killed|31|31|||people")]
    // Ukraine
    [InlineData("A Russian missile strike on Dnipro killed nine people, officials said.", "killed|9|9|||people")]
    [InlineData("Twelve civilians were wounded when drones hit Kharkiv.", "injured|12|12|||civilians")]
    [InlineData("The attack left 12 wounded and damaged a power plant.", "injured|12|12|||")]
    [InlineData("Shelling in Kherson injured more than 20 residents.", "injured|20|20|more_than||residents")]
    // Sudan
    [InlineData("RSF fighters killed more than 100 villagers in an attack near El Fasher.", "killed|100|100|more_than||villagers")]
    [InlineData("The fighting has displaced 10,000 people from the camp.", "displaced|10000|10000|||people")]
    [InlineData("The assault forced 3,000 families to flee their homes.", "displaced|3000|3000|||families")]
    [InlineData("The raids forced 600 residents of three farming villages to flee to the district town.", "displaced|600|600|||residents")]
    [InlineData("The clashes forced 400 herders from the valley to leave their homes.", "displaced|400|400|||herders")]
    [InlineData("Hundreds of thousands of people have fled the city since April.", "displaced||||hundreds of thousands|people")]
    // Myanmar
    [InlineData("A junta airstrike on a village in Sagaing killed at least 30 people, including children.", "killed|30|30|at_least||people")]
    [InlineData("The bodies of 12 people were found near the monastery.", "killed|12|12|||people")]
    [InlineData("Six traders were on Friday killed by bandits near the market.", "killed|6|6|||traders")]
    [InlineData("Five people, two nurses and three drivers, were killed near the clinic.", "killed|5|5|||people")]
    [InlineData("Four rebels including a commander were killed in the raid.", "killed|4|4|||rebels")]
    [InlineData("At least nine herders were yesterday feared killed in the raid.", "killed|9|9|at_least||herders")]
    [InlineData("Myanmar soldiers arrested 15 protesters in Mandalay.", "arrested|15|15|||protesters")]
    // Sahel
    [InlineData("Jihadists killed about 50 soldiers in an ambush in northern Burkina Faso.", "killed|50||about||soldiers")]
    [InlineData("Gunmen abducted 20 students from a school in Katsina state.", "abducted|20|20|||students")]
    [InlineData("Some 40 herders are missing after the raid.", "missing|40||about||herders")]
    [InlineData("Militants took 30 passengers hostage on the highway.", "abducted|30|30|||passengers")]
    [InlineData("The gunmen took 251 hostages back to the camp.", "abducted|251|251|||hostages")]
    [InlineData("Rebels said they had taken 300 prisoners.", "captured|300|300|||prisoners")]
    // Mexico and Haiti
    [InlineData("Cartel gunmen killed eight police officers in Michoacan.", "killed|8|8|||police officers")]
    [InlineData("Gang violence in Port-au-Prince left at least 70 dead.", "killed|70|70|at_least||")]
    [InlineData("Hundreds were killed in gang attacks this year.", "killed||||hundreds|")]
    [InlineData("Hundreds are feared to have died during the Darfur fighting.", "killed||||hundreds|")]
    [InlineData("Clashes between the gangs caused dozens of casualties.", "killed_or_injured||||dozens|")]
    // harm nouns and coordinations
    [InlineData("The siege has caused the deaths of more than 312 people.", "killed|312|312|more_than||people")]
    [InlineData("Officials reported 40 deaths in the region.", "killed|40|40|||")]
    [InlineData("The ministry said troops were killing and wounding scores of bandits.", "killed_or_injured||||scores|bandits")]
    [InlineData("There were dozens of dead and wounded.", "killed_or_injured||||dozens|")]
    [InlineData("Some 300 fighters were killed or wounded.", "killed_or_injured|300||about||fighters")]
    [InlineData("Drone strikes had killed 60 of the militia fighters.", "killed|60|60|||militia fighters")]
    [InlineData("Two hundred and fifty soldiers were taken prisoner.", "captured|250|250|||soldiers")]
    [InlineData("Police said 14 suspects were detained.", "arrested|14|14|||suspects")]
    [InlineData("The raid killed between 10 and 15 fighters.", "killed|10|10|range||fighters")]
    [InlineData("The army killed 30 \"terrorists\" in an operation.", "killed|30|30|||terrorists")]
    [InlineData("Al-Shabaab militants killed five members of one family in Lower Shabelle.", "killed|5|5|||members of one family")]
    [InlineData("The bombing claimed 40 lives.", "killed|40|40|||")]
    [InlineData("Days of shelling left hundreds homeless.", "displaced||||hundreds|")]
    [InlineData("The attack left at least 12 people dead.", "killed|12|12|at_least||people")]
    [InlineData("The drone strike on the convoy killed its four occupants.", "killed|4|4|||occupants")]
    [InlineData("Twenty-five years ago, 8,000 Muslim men and boys were killed at Srebrenica.", "killed|8000|8000|||Muslim men and boys")]
    [InlineData("The UN has recorded 12,000 civilian deaths since the invasion began.", "killed|12000|12000|||civilian")]
    [InlineData("A Palestinian man was shot dead by troops in Jenin.", "killed|1|1|||Palestinian man")]
    [InlineData("The drone strike killed a 15-year-old boy in Kherson.", "killed|1|1|||boy")]
    [InlineData("An Israeli soldier was wounded in southern Lebanon.", "injured|1|1|||Israeli soldier")]
    [InlineData("\"We killed 40 of the enemy,\" the commander said.", "killed|40|40|||enemy")]
    [InlineData("Israel has detained thousands of Palestinians since October.", "arrested||||thousands|Palestinians")]
    public void ATollIsReadWithKindFigureAndVictims(string sentence, string expected)
    {
        var toll = Assert.Single(TollTestKit.Tolls(sentence));
        Assert.Equal(expected, $"{toll.Kind}|{toll.Best}|{toll.Min}|{toll.Qualifier}|{toll.Vague}|{toll.Victims}");
    }

    [Theory]
    [InlineData("Shelling over the past week has killed at least 46 civilians, including nine children.", 46, "9 children")]
    [InlineData("Shells landed on the campus in Khartoum, killing six people, including three students.", 6, "3 students")]
    [InlineData("The strike killed 18 people, including seven women and five children.", 18, "7 women|5 children")]
    [InlineData("At least 31 people were killed in Rafah, among them 12 children.", 31, "12 children")]
    [InlineData("Drones killed 11 civilians in Sumy on Sunday, including a dozen children.", 11, "12 children")]
    [InlineData("Nine people, including a child, died when a drone hit their car.", 9, "1 child")]
    [InlineData("Shelling killed 12 civilians, including three children and a woman, a local official said.", 12, "3 children|1 woman")]
    [InlineData("Shelling killed 12 civilians, including three children, a local official said.", 12, "3 children")]
    [InlineData("More than 40 people were killed, 12 of whom were children.", 40, "12 children")]
    [InlineData("A suicide bomber killed 26 people at a mosque in Peshawar, 24 of them policemen.", 26, "24 policemen")]
    public void SubGroupsAreIncludesNotSecondTolls(string sentence, int best, string parts)
    {
        var toll = Assert.Single(TollTestKit.Tolls(sentence));
        Assert.Equal(best, toll.Best);
        Assert.Equal(parts, string.Join('|', toll.Includes.Select(p => $"{p.Best} {p.Victims}")));
    }

    [Fact]
    public void MostlyFightersIsANoteOnTheVictimsNotANewGroup()
    {
        var toll = Assert.Single(TollTestKit.Tolls("The clashes in Tigray have caused the deaths of some 180 people, mostly fighters."));
        Assert.Equal("people (mostly fighters)", toll.Victims);
    }

    [Theory]
    [InlineData("The battle for the town left scores of casualties on either side.", "both sides")]
    [InlineData("Ukrainian forces said they killed 40 Russian soldiers near Bakhmut.", "Russian")]
    [InlineData("Army shelling killed 25 RSF fighters in Omdurman.", "RSF")]
    public void TheSideIsKeptWhenStated(string sentence, string side) =>
        Assert.Equal(side, Assert.Single(TollTestKit.Tolls(sentence)).Side);

    [Fact]
    public void TwoHarmsInOneSentenceAreTwoTolls()
    {
        var tolls = TollTestKit.Tolls("The blast killed 14 people and wounded 30 others in Mogadishu.");
        Assert.Equal("killed 14|injured 30", string.Join('|', tolls.Select(t => $"{t.Kind} {t.Best}")));
    }

    [Theory]
    [InlineData("The ambush killed three soldiers and two civilians near Gao.", "killed 3 soldiers|killed 2 civilians")]
    [InlineData("The ambush killed three soldiers and a civilian near Gao.", "killed 3 soldiers|killed 1 civilian")]
    [InlineData("Three soldiers and two civilians were killed near Gao.", "killed 3 soldiers|killed 2 civilians")]
    [InlineData("One person was killed and 12 injured in the blast.", "killed 1 person|injured 12 ")]
    [InlineData("11 killed, 40 wounded in market attack", "killed 11 |injured 40 ")]
    [InlineData("At least 17 people were killed and dozens more wounded in Mogadishu.", "killed 17 people|injured  ")]
    [InlineData("Israel said 1,200 people were killed in the attack and 251 taken hostage.", "killed 1200 people|abducted 251 ")]
    public void CoordinatedFiguresEachGetTheirHarm(string sentence, string expected)
    {
        var tolls = TollTestKit.Tolls(sentence);
        Assert.Equal(expected, string.Join('|', tolls.Select(t => $"{t.Kind} {t.Best} {t.Victims}")));
    }
}
