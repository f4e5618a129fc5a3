using static NewsEvents.Extraction.Tests.Events.EventTestKit;

namespace NewsEvents.Extraction.Tests.Events;

/// <summary>A figure that picks from the dead already counted ("one of those killed") is a part of the whole, not a lower report of it.</summary>
public class PartitiveTollTests
{
    [Theory]
    [InlineData("On Monday, a bomb hidden in a cart killed at least 14 people at a market in Gulu. One of those killed was a local police officer.", 14)]
    [InlineData("On Monday, nine villagers were killed by raiders in Gulu. Four of the victims were children from one household.", 9)]
    [InlineData("On Monday, at least 30 people died in clan fighting near Gulu. Twelve of the dead were shot at a water point.", 30)]
    [InlineData("On Monday, a grenade thrown at a bus stop in Gulu killed seven traders and wounded 40. Five of them died on the spot.", 7)]
    public void APartDoesNotLowerTheWhole(string text, int expected) => Assert.Equal(expected, Extract(text).Events.Sum(e => e.Fatalities));

    [Theory]
    [InlineData("On Monday, gunmen shot three herders near Gulu. One of them died on the way to hospital.", 1)]
    public void APartWithNoWholeStillCounts(string text, int expected) => Assert.Equal(expected, Extract(text).Events.Sum(e => e.Fatalities));
}
