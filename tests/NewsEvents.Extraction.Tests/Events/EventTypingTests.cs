using static NewsEvents.Extraction.Tests.Events.EventTestKit;

namespace NewsEvents.Extraction.Tests.Events;

/// <summary>ACLED's event types follow who does what to whom, whatever the trigger word.</summary>
public class EventTypingTests
{
    [Theory]
    [InlineData("Gunmen shot dead three farmers in a village near Kano on Monday.", "Violence against civilians", "Attack")]
    [InlineData("Militants attacked an army post near Kano on Monday, killing four soldiers.", "Battles", "Armed clash")]
    [InlineData("Unknown attackers shot and killed an off-duty police officer outside his house in Kano on Monday.", "Violence against civilians", "Attack")]
    [InlineData("Two people were killed in Kano on Monday.", "Violence against civilians", "Attack")]
    [InlineData("On Friday, Samuel Otieno was shot dead by soldiers in Kisumu.", "Violence against civilians", "Attack")]
    [InlineData("On Friday, nine RSF members were killed by soldiers near Kosti.", "Battles", "Armed clash")]
    [InlineData("Rebels kidnapped ten aid workers near Goma on Monday.", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("Soldiers opened fire on protesters in Nairobi on Monday, killing two.", "Protests", "Excessive force against protesters")]
    [InlineData("An angry mob lynched a suspected thief in Nairobi on Monday.", "Riots", "Mob violence")]
    [InlineData("Supporters of two rival candidates clashed in Dhaka on Monday, leaving one dead.", "Riots", "Mob violence")]
    [InlineData("Protesters threw stones at police in Dhaka on Monday.", "Riots", "Violent demonstration")]
    [InlineData("A roadside bomb killed five civilians in Kandahar on Monday.", "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData("Warplanes bombed a market in Idlib on Monday, killing 12 villagers.", "Explosions/Remote violence", "Air/drone strike")]
    [InlineData("Police arrested 12 suspects in Mombasa on Monday.", "Strategic developments", "Arrests")]
    [InlineData("Gunmen looted shops in Kano on Monday.", "Strategic developments", "Looting/property destruction")]
    [InlineData("Militants seized cattle in a village near Kano on Monday.", "Strategic developments", "Looting/property destruction")]
    [InlineData("Government forces took control of the town of Kidal on Monday without a fight.", "Strategic developments", "Non-violent transfer of territory")]
    [InlineData("Soldiers arrested a trader in Mopti on Monday. His body was found the next day.", "Violence against civilians", "Attack")]
    [InlineData("Fighting broke out between two armed groups near Lashio on Monday, killing one civilian.", "Battles", "Armed clash")]
    [InlineData("Militants killed three herders near Menaka on Monday. Troops launched a pursuit.", "Violence against civilians", "Attack")]
    [InlineData("Militants hurled a grenade at an army post in Baidoa on Monday. The grenade missed. Soldiers then opened fire on the attackers.", "Battles", "Armed clash")]
    [InlineData("Militants hurled a grenade at an army post in Baidoa on Monday, wounding two soldiers.", "Explosions/Remote violence", "Grenade")]
    [InlineData("Clashes between two rival clans near Rumbek on Monday left three boys dead.", "Battles", "Armed clash")]
    [InlineData("Two herders died on Monday in clashes between the Dir and Hawiye clans near Beledweyne.", "Battles", "Armed clash")]
    [InlineData("On Monday, militants attacked the village of Tindaga, and a shepherd was killed in the attack.", "Violence against civilians", "Attack")]
    [InlineData("On Monday, militants raided a market near Dori and a trader was shot dead.", "Violence against civilians", "Attack")]
    [InlineData("On Monday, militants attacked an army base near Dori, and a soldier was killed in the attack.", "Battles", "Armed clash")]
    [InlineData("A mob of Buddhist men attacked a Muslim family in a village near Mandalay on Monday, killing two of them.", "Violence against civilians", "Attack")]
    [InlineData("A Hindu mob beat a Muslim trader to death in a village near Agra on Monday.", "Violence against civilians", "Attack")]
    [InlineData("Hindu and Muslim youths clashed in a market in Agra on Monday, leaving one dead.", "Riots", "Mob violence")]
    [InlineData("On Monday, the party secretary of Lomara ward was kidnapped at his farm and later killed by gunmen wearing army uniforms.", "Violence against civilians", "Attack")]
    // a grenade launcher fires its round from afar: ACLED's "Grenade" is the one thrown by hand
    [InlineData("On Monday, rebels fired grenade launchers at an army post outside Lysivka.", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData("On Monday, students protested at a college in Dorvale against higher fees. Police broke up the protest, leaving two students hurt.", "Protests", "Protest with intervention")]
    [InlineData("On Monday, nurses demonstrated outside the hospital in Dorvale over unpaid wages. Police disbanded the protest.", "Protests", "Protest with intervention")]
    // those counted before a word that only names the dead did not kill them
    [InlineData("On Monday, four people were arrested in Kambe and three corpses were found near the well.", "Violence against civilians", "Attack")]
    // one held or overpowered does not fight back: armed men's violence to a captive is violence against civilians
    [InlineData("On Monday, IS fighters captured and killed a soldier by execution near Tarkul.", "Violence against civilians", "Attack")]
    [InlineData("On Monday, soldiers beat a suspected rebel fighter in a village near Tarkul.", "Violence against civilians", "Attack")]
    // a note's heading names the development it tells, whatever words of violence tell it
    [InlineData("Property destruction: On Monday, militants attacked the forestry office and the police post in Tarkul and burned them.", "Strategic developments", "Looting/property destruction")]
    [InlineData("Weapons seizure: On Monday, gendarmes found two mines and a box of grenades in a hut near Tarkul.", "Strategic developments", "Disrupted weapons use")]
    [InlineData("Displacement: On Monday, families left Tarkul after troops moved in.", "Strategic developments", "Other")]
    // (a looting in which people were beaten or shot is the violence's)
    [InlineData("Looting: On Monday, gunmen beat two shopkeepers in Tarkul and carried off their goods.", "Violence against civilians", "Attack")]
    // ACLED counts officials and leaders among civilians; what follows "to" after the one hit only says whom he opposed
    [InlineData("A tribal leader was killed by suspected soldiers in Tarkul on Monday.", "Violence against civilians", "Attack")]
    [InlineData("On Monday, a political opponent to the regime was shot dead by unknown men in Masaya.", "Violence against civilians", "Attack")]
    // a policeman the note marks as off duty, a sentence after the attack, did not fight
    [InlineData("On Monday, gang members shot dead a policeman in Delmas. He was walking home from church (coded as off-duty).", "Violence against civilians", "Attack")]
    // an earlier attack named as the cause of this one is not this one
    [InlineData("A landmine laid in answer to an earlier ambush killed two soldiers near Tarkul on Monday.", "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    public void TheTypeFollowsWhoIsHit(string sentence, string type, string subType)
    {
        var ev = Single(sentence);
        Assert.Equal(type, ev.Type);
        Assert.Equal(subType, ev.SubType);
    }

    [Theory]
    [InlineData("A bus crash killed 14 passengers near Kano on Monday.")]
    [InlineData("Floods killed 20 people in Kano on Monday.")]
    [InlineData("Three people died of cholera in Kano on Monday.")]
    [InlineData("A man died of a heart attack in Kano on Monday.")]
    public void DeathsThatAreNotConflictMakeNoEvent(string sentence) => Assert.Empty(Extract(sentence).Events);

    [Theory]
    [InlineData("Soldiers returned fire after gunmen attacked their convoy near Mopti on Monday.", "Battles")]
    [InlineData("Militants detonated a bomb and then opened fire on soldiers near Mopti on Monday, killing six of them.", "Battles")]
    [InlineData("Shells hit a market near Mopti on Monday, killing six villagers.", "Explosions/Remote violence")]
    [InlineData("Indian and Pakistani troops traded small arms fire and mortar shells along the border near Poonch on Monday.", "Battles")]
    [InlineData("Soldiers shot and killed a suicide bomber at a checkpoint near Kandahar on Monday.", "Battles")]
    [InlineData("Militants threw a grenade at a checkpoint in Baidoa on Monday. Soldiers opened gunfire after the blast.", "Battles")]
    [InlineData("Monitors counted 30 artillery explosions in both directions along the line of contact near Avdiivka on Monday.", "Battles")]
    [InlineData("A suicide bomber detonated his vest beside a checkpoint near Kandahar on Monday, killing two soldiers.", "Explosions/Remote violence")]
    // the weapon is the doer, or the firing was read as shelling: no one fought on the ground
    [InlineData("Unmarked warplanes attacked a rebel column outside Tarkul on Monday.", "Explosions/Remote violence")]
    [InlineData("Army jets launched raids on militant hideouts near Dasmo on Monday.", "Explosions/Remote violence")]
    [InlineData("On Monday, Russian troops fired on Ukrainian lines outside Lysivka.", "Explosions/Remote violence")]
    public void RemoteViolenceIsABattleOnlyWhenTheAttackersAlsoFoughtOnTheGround(string sentence, string type) =>
        Assert.Equal(type, Single(sentence).Type);

    // ACLED's notes mark an act they code as an event of its own: it neither leads nor types the incident told before it
    [Fact]
    public void AnActCodedSeparatelyIsAnIncidentOfItsOwn()
    {
        var events = Extract("On Monday, gunmen attacked a village near Dori, killing four farmers. Soldiers later clashed with the gunmen nearby (coded separately).").Events;
        var main = events.MaxBy(e => e.Fatalities ?? 0)!;
        Assert.Equal("Violence against civilians", main.Type);
        Assert.Equal(4, main.Fatalities);
    }

    // "The riot was part of unrest that began after ...": the wider events a note sets its own in are background
    [Fact]
    public void TheWiderEventsANoteSetsItsOwnInAreNoEvents()
    {
        var ev = Single("On Monday, rioters burned a councillor's house in Galle. That arson was part of a wave of disorder which followed a march over bread prices in Kandy, where party loyalists had beaten marchers.");
        Assert.Equal("Riots", ev.Type);
        Assert.Equal("Galle", ev.Location?.Name);
    }
}
