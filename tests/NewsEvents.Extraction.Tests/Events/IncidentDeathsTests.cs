using static NewsEvents.Extraction.Tests.Events.EventTestKit;

namespace NewsEvents.Extraction.Tests.Events;

/// <summary>Which deaths an event counts: not those its protest is about, nor those of another year told in passing.</summary>
public class IncidentDeathsTests
{
    [Theory]
    [InlineData("On Monday, students protested in Gulu against the killing of two classmates by police.")]
    [InlineData("On Monday, hundreds of women marched peacefully in Gulu, condemning the murder of three farmers last week.")]
    public void AProtestDoesNotCountTheDeathsItIsAbout(string text) => Assert.Equal(0, Single(text).Fatalities);

    [Fact]
    public void DeathsAtAProtestStillCount()
    {
        var e = Single("On Monday, police shot dead two protesters during a demonstration in Gulu.");
        Assert.Equal("Protests", e.Type);
        Assert.Equal(2, e.Fatalities);
    }

    [Theory]
    // figures a sentence joins with "and" are parts of one report, whatever word names the first
    [InlineData("On Friday, raiders attacked two villages near Gulu, killing 30 people. In one, 21 residents burned to death in their huts and nine herders were shot.", 30)]
    [InlineData("On Friday, a roadside bomb near Gulu killed at least 12 civilians and four soldiers.", 16)]
    // one coordination before the verb, which the grammar reads as one clause for both figures
    [InlineData("On Friday, a guard and three civilians were shot dead at a checkpoint near Gulu.", 4)]
    [InlineData("On Friday, nine civilians and a policeman were killed when raiders shelled a camp near Gulu.", 10)]
    // a second harm of the same figure is no second report ("killed and injured"), nor a killing told as its cause
    [InlineData("On Friday, riots in Gulu left no fewer than 20 people dead and 300 hurt, a week after the killing of a rebel commander.", 20)]
    public void FiguresJoinedInOneSentenceAddUp(string text, int expected) => Assert.Equal(expected, Single(text).Fatalities);

    [Fact]
    public void ATollOfAnotherYearToldInPassingIsNotTheEvents()
    {
        var e = Single("On Monday, armed men abducted a trader in Gulu. He had survived the 2013 market bombing that left 40 people dead.");
        Assert.Equal(0, e.Fatalities);
    }

    [Theory]
    // a killing dated before the sentence's own, which killed someone too, is an earlier incident
    [InlineData("On Tuesday afternoon, a town mayor was fatally shot in Gulu, two days after gunmen murdered a councillor in the same province.", 1)]
    // the deaths that led to the sentence's own killing
    [InlineData("On Monday, villagers killed two suspected thieves in Gulu following the deaths of a trader and his wife in a robbery.", 2)]
    // with no other killing in the sentence, the dated killing is the one told
    [InlineData("On Tuesday, troops reached a village near Gulu two days after gunmen killed 15 people there.", 15)]
    public void AKillingToldAsEarlierIsAnotherIncident(string text, int expected) => Assert.Equal(expected, Extract(text).Events.Sum(e => e.Fatalities));

    [Fact]
    public void ALaterTollOfTheSameYearStillJoins()
    {
        var e = Single("On 14 March 2025, gunmen attacked a bus near Gulu. The 2025 attack left five people dead, police said.", new DateOnly(2025, 3, 17));
        Assert.Equal(5, e.Fatalities);
    }
}

/// <summary>A sentence that breaks down victims already told of opens no incident of its own.</summary>
public class BreakdownSentenceTests
{
    [Theory]
    [InlineData("On Monday, gunmen abducted 12 passengers from a bus near Gulu. Among the 12 people abducted were three nurses, police said.")]
    [InlineData("On Monday, a bomb killed five people at a market in Gulu. Among the dead was a local councillor.")]
    public void ABreakdownJoinsTheIncidentBefore(string text) => Assert.Single(Extract(text).Events);
}

/// <summary>One person told of in several sentences (described, named, referred back to) is one death.</summary>
public class RetoldVictimTests
{
    [Theory]
    [InlineData("On Monday, gunmen shot dead a trader in Gulu. Peter Okello was killed outside his shop, police said.")]
    [InlineData("On Monday, a nurse was killed in Gulu. Gunmen stabbed her at the gate of the clinic, and she died there.")]
    [InlineData("On Monday, a village elder in Gulu was killed when armed men hacked him to death.")]
    [InlineData("On Monday, armed men killed a council official in Gulu. The motive for the killing of the official is unknown.")]
    public void OnePersonToldTwiceIsOneDeath(string text) => Assert.Equal(1, EventTestKit.Single(text).Fatalities);

    [Theory]
    [InlineData("On Monday, gunmen shot dead a trader in Gulu. His brother was also killed in the attack.", 2)]
    [InlineData("On Monday, gunmen shot dead a trader in Gulu. A driver was killed at the same spot.", 2)]
    [InlineData("On Monday, gunmen killed a chief in Gulu. Ann Akello and her son were killed in the raid.", 2)]
    // the name again, in a sentence that adds a victim beside it
    [InlineData("On Monday, gunmen killed Okot Lakwena, a ward chief, in Gulu. Mr. Lakwena was killed alongside his driver, Peter Ojok, outside his home.", 2)]
    public void ANewPersonStillAddsUp(string text, int expected) => Assert.Equal(expected, EventTestKit.Single(text).Fatalities);

    [Theory]
    [InlineData("On Monday, a pastor was killed by gunmen in Gulu. He was shot dead in his garden on Acholi Road.")]
    [InlineData("On Monday, a headmaster was killed in Gulu. Gunmen shot dead James Opio at the school gate in Layibi.")]
    public void ASentenceThatRetellsTheKillingIsTheSameIncident(string text) => Assert.Equal(1, EventTestKit.Single(text).Fatalities);

    [Fact]
    public void ASentenceNamingTheVictimAgainJoinsTheIncidentWithTheVictimsItAdds() =>
        Assert.Equal(2, EventTestKit.Single("On Sunday night, gunmen killed Musa Bello, the ward head of Kessa in the Tana district of Lowa State. Mr. Bello was killed alongside his nephew, Ali Garba, 19, at his home in Kessa.").Fatalities);
}

/// <summary>Others are more than the group counted before them: "two guards and 11 others" is 13.</summary>
public class OthersAddUpTests
{
    [Theory]
    [InlineData("On Monday, two guards and 11 others were killed in an attack on a bank in Gulu.", 13)]
    [InlineData("On Monday, gunmen killed four traders in Gulu. Three other people were killed in Layibi.", 7)]
    [InlineData("On Monday, one person was killed in Gulu and two others died in hospital.", 3)]
    [InlineData("On Monday, a judge was killed along with six others in an ambush near Gulu.", 7)]
    // "and two more in Kessa": a number of more of them, with the verb left out
    [InlineData("On Monday, militants killed one person in Opit and two more in Kessa.", 3)]
    // a sentence that opens on another time tells another incident, whatever its figure
    [InlineData("On Monday, gunmen killed three traders in Gulu. The raiders also burned shops. Earlier on Monday, the same gang shot dead three herders near Layibi.", 6)]
    // others of the same figure are more, not a repeat of it
    [InlineData("On Friday, three marchers died in Gulu when police fired, and three other people died in clashes that followed.", 6)]
    [InlineData("On Friday, two traders were killed in Gulu, whereas two others were killed in Layibi.", 4)]
    public void OthersAreMore(string text, int expected) => Assert.Equal(expected, Extract(text).Events.Sum(e => e.Fatalities));

    [Theory]
    // one death told in a later sentence than a larger whole is one more
    [InlineData("On Monday, rockets hit the market in Gulu and at least seven people were killed. A bus was also hit near the station, and one person died.", 8)]
    // unless the sentence gives it as the lower report of that whole
    [InlineData("On Monday, residents said seven people were killed in Gulu. Police said only one person was killed.", 1)]
    public void OneDeathToldAfterALargerWholeIsOneMore(string text, int expected) => Assert.Equal(expected, Extract(text).Events.Sum(e => e.Fatalities));

    // "citizens" names the whole, as "residents" and "civilians" do: the second figure is the same report again
    [Fact]
    public void CitizensAreAReportOfTheWhole() =>
        Assert.Equal(6, Single("On Saturday, armed men killed six farmers near Gulu. The district office confirmed the killing of six citizens by bandits.").Fatalities);

    [Theory]
    [InlineData("On Monday, gunmen raiding a cattle market in Gulu shot dead at least four traders. The same gang later shot dead two more traders on the road out of town.", 6)]
    [InlineData("On Monday, three traders were shot dead in Gulu. Another two bodies were found in a ditch nearby.", 5)]
    [InlineData("On Friday, five marchers died in Gulu when police broke up a march. On Saturday, four more marchers died of their wounds.", 9)]
    public void MoreAndAnotherAreMore(string text, int expected) => Assert.Equal(expected, Extract(text).Events.Sum(e => e.Fatalities));

    [Theory]
    [InlineData("On Monday, gunmen shot more than 20 traders dead at a cattle market in Gulu.", 20)]
    public void MoreThanIsABound(string text, int expected) => Assert.Equal(expected, Extract(text).Events.Sum(e => e.Fatalities));
}

/// <summary>Figures a note does not credit to its event: deaths coded to another event, a claimed toll left unverified.</summary>
public class UncreditedTollTests
{
    [Theory]
    [InlineData("On 3 March 2025, rebels shelled army positions near Lira. Four soldiers were killed at several places (fatalities coded to the Opit event).")]
    [InlineData("On 3 March 2025, rebels claimed to have killed nine soldiers near Lira. The figure could not be independently verified.")]
    [InlineData("On 3 March 2025, gunmen killed two traders near Lira (coded separately) and later clashed with police there.")]
    public void AreNotTheEvents(string text) => Assert.Equal(0, Extract(text).Events.Sum(e => e.Fatalities));

    [Theory]
    [InlineData("On 3 March 2025, rebels shelled army positions near Lira. Four soldiers were killed (fatalities coded to the Lira event).", 4)]
    [InlineData("On 3 March 2025, clashes in two villages near Lira [coded to Lira] left at least five dead.", 5)]
    [InlineData("On 3 March 2025, rebels killed nine soldiers near Lira, the army said.", 9)]
    public void AreTheEventsWhenTheyAre(string text, int expected) => Assert.Equal(expected, Extract(text).Events.Sum(e => e.Fatalities));
}
