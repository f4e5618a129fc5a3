using static NewsEvents.Extraction.Tests.Events.EventTestKit;

namespace NewsEvents.Extraction.Tests.Events;

/// <summary>The event's date is the incident's, not the report's.</summary>
public class EventDateTests
{
    [Theory]
    [InlineData("On 1 May 2024, gunmen killed two traders in Kano, as reported on 3 May 2024.", "2024-05-01")]
    [InlineData("Gunmen killed two traders in Kano on 1 May 2024, police said on 3 May 2024.", "2024-05-01")]
    [InlineData("On 8 May 2024, rebels attacked the town of Kidal. The rebels had seized a nearby village on 1 May 2024.", "2024-05-08")]
    [InlineData("As reported on 3 May 2024, gunmen killed two traders in Kano.", "2024-05-03")]
    public void TheIncidentsDayIsTheEventsDate(string text, string date) =>
        Assert.Equal(DateOnly.Parse(date), Single(text, published: new DateOnly(2024, 5, 10)).Date);

    [Fact]
    public void ADayWithoutAYearResolvesAgainstThePublicationDate() =>
        Assert.Equal(new DateOnly(2025, 3, 15), Single("Gunmen killed two traders in Kano on Saturday.").Date);

    [Fact]
    public void EachTriggerTakesTheDayToldWithIt()
    {
        var ev = Single("Aircraft carried out strikes across the south over the weekend, and a raid on Sunday destroyed bulldozers in the village of Kfar Kila.");
        Assert.Equal(new DateOnly(2025, 3, 16), ev.Date);
    }
}
