using static NewsEvents.Extraction.Tests.Events.EventTestKit;

namespace NewsEvents.Extraction.Tests.Events;

/// <summary>A story that opens with its whole toll and then says where the dead fell counts them once.</summary>
public class LedeBreakdownTests
{
    [Theory]
    [InlineData("Armed gangs killed twelve villagers in two raids on Sunday night in northern Ruvaland. Gunmen shot dead nine villagers at Opit near the town of Gulu. Later that night three villagers died when the gang burned huts in Layibi.", 12)]
    [InlineData("Air strikes killed nine civilians in northern Ruvaland on Monday. Russian jets killed six civilians in the town of Gulu. Rocket fire killed three civilians in Kitgum.", 9)]
    public void ThePartsAreInTheLedesTotal(string text, int expected) => Assert.Equal(expected, Extract(text).Events.Sum(e => e.Fatalities));

    [Theory]
    [InlineData("On Monday, gunmen attacked a bus station in Gulu and killed two traders. On Tuesday, a bomb killed five soldiers at a camp in Kitgum.", 7)]
    public void LaterDeathsBeyondTheLedeStillAdd(string text, int expected) => Assert.Equal(expected, Extract(text).Events.Sum(e => e.Fatalities));
}
