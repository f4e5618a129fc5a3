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

    [Fact]
    public void ATollOfAnotherYearToldInPassingIsNotTheEvents()
    {
        var e = Single("On Monday, armed men abducted a trader in Gulu. He had survived the 2013 market bombing that left 40 people dead.");
        Assert.Equal(0, e.Fatalities);
    }

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
