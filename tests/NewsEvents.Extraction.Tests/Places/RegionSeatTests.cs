using NewsEvents.Extraction.Places;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Places;

/// <summary>ACLED's conventions for a story told at region or district level: the region's seat, the district's seat town.</summary>
public class RegionSeatTests
{
    private static readonly PlaceFinder Finder = PlaceFinder.LoadDefault();

    private static IReadOnlyList<LocationResult> Find(string text) => Finder.Find(TextAnalyzer.Analyze(text));

    [Fact]
    public void AStoryToldOnlyAtRegionLevelIsPlacedAtTheRegionsSeat()
    {
        const string text = "Two soldiers were killed when their patrol hit a mine in Helmand province of Afghanistan on Monday.";
        var places = Find(text);
        var seat = Assert.Single(places, p => p.Kind == "seat");
        Assert.Equal("Lashkar Gāh", seat.Name);
        Assert.Equal("AF", seat.Country);
        // the text still says no more than the region
        Assert.Equal("admin1", seat.Precision);
        Assert.Equal("Helmand", seat.Parent);
    }

    [Fact]
    public void ATownNamedInTheStoryLeavesNoRoomForTheSeat()
    {
        const string text = "Two soldiers were killed when their patrol hit a mine near Sangin, in Helmand province of Afghanistan.";
        Assert.DoesNotContain(Find(text), p => p.Kind == "seat");
    }

    [Fact]
    public void ARegionNameSharedByCountriesGivesNoSeatInAStoryThatNamesNoCountry()
    {
        const string text = "On Sunday a crowd beat two suspected thieves to death in the Centre.";
        Assert.DoesNotContain(Find(text), p => p.Kind == "seat");
    }

    [Theory]
    [InlineData("Fighting went on for a second day in Spin Boldak district, Kandahar, on Friday.", "Spin Boldak district", "Spīn Bōldak")]
    [InlineData("A roadside bomb killed three policemen in Gereshk district of Helmand on Sunday.", "Gereshk district", "Gereshk")]
    public void ADistrictNamedAfterItsSeatIsPlacedAtTheSeatTown(string text, string surface, string town)
    {
        var place = Places.At(Find(text), text, surface);
        Assert.NotNull(place);
        Assert.Equal(town, place.Name);
        Assert.Equal("AF", place.Country);
    }

    [Fact]
    public void ACountyNamedAfterATownOfTheStorysCountryIsPlacedAtTheTown()
    {
        // GeoNames codes this county town a plain PPL: a town of the story's country of some size will do
        const string text = "Soldiers in South Sudan clashed with rebels in Mundri, Tonj County, on Monday.";
        var place = Places.At(Find(text), text, "Tonj County");
        Assert.NotNull(place);
        Assert.Equal("Tonj", place.Name);
        Assert.Equal("SS", place.Country);
    }

    [Fact]
    public void AProvinceStaysTheRegionEvenWhereItsSeatHasItsName()
    {
        const string text = "Heavy clashes were reported in Kandahar province on Friday.";
        var place = Places.At(Find(text), text, "Kandahar province");
        Assert.NotNull(place);
        Assert.Equal("admin1", place.Kind);
    }
}
