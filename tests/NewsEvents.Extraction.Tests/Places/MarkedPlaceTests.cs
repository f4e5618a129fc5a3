namespace NewsEvents.Extraction.Tests.Places;

/// <summary>Names the gazetteer lacks that the text still marks as places: the people of a place, "in the X region", "in X, Y."</summary>
public class MarkedPlaceTests
{
    [Theory]
    [InlineData("On Friday, Tembaloo villagers burned the house of a man accused of witchcraft.", "Tembaloo")]
    [InlineData("Last week Karumbo residents blocked the road to protest against the arrests.", "Karumbo")]
    [InlineData("On 2 May, 300 families were evacuated from settlements in the Velmorsk region.", "Velmorsk")]
    [InlineData("On 9 June, unknown gunmen clashed with police in Lakoro, Wenduli.", "Wenduli")]
    public void ANameTheTextMarksAsAPlaceIsKept(string text, string name)
    {
        var places = Places.Find(text);
        Assert.Contains(places, p => p.Text.StartsWith(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On Monday, Muslim residents protested against the decision.")]
    [InlineData("Local residents said the gunmen fled on motorbikes.")]
    public void APeopleOrAnOpeningWordBeforeResidentsIsNoPlace(string text)
    {
        Assert.Empty(Places.Find(text));
    }
}
