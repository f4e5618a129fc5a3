using NewsEvents.Extraction.Events;

namespace NewsEvents.Extraction.Tests.Events;

/// <summary>An incident's killed total across its tolls: alternatives of the whole take the lowest, distinct groups add up.</summary>
public class FatalitiesTests
{
    private static TollResult Killed(int n, string? victims) =>
        new("killed", n, n, n, null, null, victims, [], null, null, null, null, new TextSpan(0, 1));

    [Fact]
    public void TwoReportsOfTheWholeTakeTheLowest() =>
        Assert.Equal(12, Fatalities.Best([Killed(12, "people"), Killed(15, null)]));

    [Fact]
    public void DistinctGroupsAddUp() =>
        Assert.Equal(9, Fatalities.Best([Killed(5, "soldiers"), Killed(2, "militia fighters"), Killed(2, "police officers")]));

    [Fact]
    public void ABreakdownOfTheWholeAddsNothing() =>
        Assert.Equal(7, Fatalities.Best([Killed(7, "people"), Killed(1, "man"), Killed(4, "women"), Killed(2, "children")]));

    [Fact]
    public void ABreakdownOfAGroupAddsNothing() =>
        Assert.Equal(7, Fatalities.Best([Killed(7, "villagers"), Killed(1, "man"), Killed(4, "women"), Killed(2, "children")]));

    [Fact]
    public void PartsToldBeforeTheirWholeAreNoBreakdown() =>
        Assert.Equal(4, Fatalities.Best([Killed(1, "chairman"), Killed(1, "driver"), Killed(2, "guards")]));

    [Fact]
    public void TheSameGroupReportedTwiceCountsOnceAtItsLowest() =>
        Assert.Equal(3, Fatalities.Best([Killed(3, "soldiers"), Killed(5, "soldiers")]));

    [Fact]
    public void NoDeathIsZero() => Assert.Equal(0, Fatalities.Best([]));
}
