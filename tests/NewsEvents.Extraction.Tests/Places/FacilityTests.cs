namespace NewsEvents.Extraction.Tests.Places;

public class FacilityTests
{
    [Theory]
    [InlineData("Shells hit the University of Aleppo on Friday.", "University of Aleppo", "Aleppo", "SY")]
    [InlineData("Rockets landed near Aleppo's university dormitories.", "Aleppo's university", "Aleppo", "SY")]
    [InlineData("Flights at Goma airport were suspended as M23 advanced.", "Goma airport", "Goma", "CD")]
    [InlineData("Patients were evacuated from Khan Younis hospital.", "Khan Younis hospital", "Khān Yūnis", "PS")]
    // the building's own capitalised name between the place and the facility word
    [InlineData("Lawyers rallied in front of the Peshawar Press Club on Wednesday.", "Peshawar Press Club", "Peshawar", "PK")]
    [InlineData("Students rallied outside the Dhaka Press Club on Monday.", "Dhaka Press Club", "Dhaka", "BD")]
    public void FacilitiesAttachToTheirPlace(string text, string surface, string parent, string country)
    {
        var results = Places.Find(text);
        var facility = Places.At(results, text, surface);
        Assert.True(facility is not null, $"'{surface}' not found; got: {Places.Describe(results)}");
        Assert.Equal("facility", facility.Kind);
        Assert.Equal(parent, facility.Parent);
        Assert.Equal(country, facility.Country);
        Assert.NotNull(facility.Latitude);
    }

    [Theory]
    [InlineData("Trucks crossed at the Bab al-Hawa crossing into Syria's Idlib province.", "Bab al-Hawa crossing", "SY")]
    [InlineData("Rebels stormed the Qarmizan airbase east of Aleppo.", "Qarmizan airbase", "SY")]
    [InlineData("Jets struck near the Rafic Hariri International Airport in Lebanon.", "Rafic Hariri International Airport", "LB")]
    [InlineData("Israeli troops raided Al-Shifa Hospital in Gaza City on Wednesday, medics said.", "Al-Shifa Hospital", "PS")]
    public void FacilitiesOfUnknownPlacesAreKeptAsFacilities(string text, string surface, string country)
    {
        var results = Places.Find(text);
        var facility = Places.At(results, text, surface);
        Assert.True(facility is not null, $"'{surface}' not found; got: {Places.Describe(results)}");
        Assert.Equal("facility", facility.Kind);
        Assert.Equal(country, facility.Country);
        Assert.DoesNotContain(results, r => r.Name == "Al Bāb");
    }

    [Fact]
    public void TheBuildingsNameIsNoSecondPlace()
    {
        var results = Places.Find("Lawyers rallied in front of the Peshawar Press Club on Wednesday.");
        Assert.DoesNotContain(results, r => r.Name == "Press Club");
        Assert.Contains(results, r => r.Name == "Peshawar" && r.Kind != "facility");
    }

    [Fact]
    public void PartsOfACityAreMoreMentionsOfTheCity()
    {
        const string text = "Insurgents reached Aleppo on Friday. Two car bombs exploded on the city's western edge.";
        var aleppo = Places.Find(text).Single(r => r.Name == "Aleppo");
        Assert.Equal(2, aleppo.Spans.Count);
        Assert.Equal("the city's western edge", aleppo.Spans[1].Of(text));
    }
}
