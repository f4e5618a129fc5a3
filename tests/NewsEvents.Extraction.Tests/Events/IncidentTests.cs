using static NewsEvents.Extraction.Tests.Events.EventTestKit;

namespace NewsEvents.Extraction.Tests.Events;

/// <summary>One incident is one event, however many sentences tell it; secondary events need a reason to exist.</summary>
public class IncidentTests
{
    [Fact]
    public void AnAttackToldInThreeSentencesIsOneEvent()
    {
        var x = Extract("Gunmen attacked a village near Kano on Monday. They killed seven villagers and burned 20 houses. The victims included three children.");
        var ev = Assert.Single(x.Events);
        Assert.Equal("Violence against civilians", ev.Type);
        Assert.Equal(7, ev.Fatalities);
    }

    [Fact]
    public void AnUpdatedTollJoinsTheIncident()
    {
        var x = Extract("A car bomb exploded at a market in Mogadishu on Monday, killing nine people. The attack killed at least 12 people, a hospital official said later.");
        Assert.Equal(9, Assert.Single(x.Events).Fatalities);
    }

    [Fact]
    public void ATollOfOneSentenceIsCountedOnce()
    {
        var x = Extract("Shelling and clashes killed 12 people in Goma on Monday.");
        Assert.Equal(12, x.Events.Sum(e => e.Fatalities ?? 0));
    }

    [Theory]
    [InlineData("Drones struck Kharkiv on Monday, killing three people. Russia launched dozens of drones at Ukraine overnight.")]
    [InlineData("The army retook the town of Kidal on Monday. Rebels had captured it after a long siege.")]
    [InlineData("Gunmen killed four traders in Kano on Monday. Such attacks have spread across the region this year.")]
    [InlineData("A suicide bomber killed nine people in Mogadishu on Monday. The group has carried out a series of attacks on the capital.")]
    public void HistoryTalliesAndSpreadsMakeNoSecondEvent(string text) => Assert.Single(Extract(text).Events);

    [Fact]
    public void AnEventInAnotherPlaceOnAnotherDayIsAnotherEvent()
    {
        var x = Extract("Gunmen killed four traders in Kano on Monday. On Sunday, bandits abducted 20 villagers in Zamfara.");
        Assert.Equal(2, x.Events.Count);
    }

    [Theory]
    [InlineData("Police denied that officers had shot protesters in Nairobi on Monday.")]
    [InlineData("The militants vowed to attack the capital.")]
    [InlineData("Officials said the army would launch an offensive near Goma.")]
    public void DeniedAndHypotheticalActsAreNotEvents(string text) => Assert.Empty(Extract(text).Events);
}
