using NewsEvents.Extraction.Places;

namespace NewsEvents.Extraction.Tests.Places;

public class GazetteerTests
{
    [Fact]
    public void TheGazetteerHoldsCountriesRegionsAndPlaces()
    {
        var g = Gazetteer.Default;
        Assert.True(g.Entries.Count > 200_000);
        Assert.Contains(g.Entries, e => e.Level == PlaceLevel.Country && e.Country == "SY");
        Assert.Contains(g.Entries, e => e.Level == PlaceLevel.Admin1 && e.Name == "Idlib Governorate");
        Assert.Contains(g.Exact.Find("aleppo")!, id => g.Entries[id].GeonameId == 170063);
        Assert.True(g.AreNeighbours("SY", "TR"));
        Assert.Equal("UA", g.Demonyms["ukrainian"]);
    }

    [Theory]
    [InlineData("deir al zor")]
    [InlineData("al hudaydah")]
    [InlineData("khan yunis")]
    public void StoredKeysAreInTheMatchersForm(string key) => Assert.NotNull(Gazetteer.Default.Exact.Find(key));

    [Fact]
    public void FindingIsSafeFromManyThreads()
    {
        var texts = new[]
        {
            TestArticles.SudanElFasher, TestArticles.UkraineStrikes, TestArticles.GazaStrikes, TestArticles.MexicoSinaloa,
        };
        var expected = texts.Select(t => Describe(Places.Find(t))).ToArray();
        Parallel.For(0, 64, i => Assert.Equal(expected[i % texts.Length], Describe(Places.Find(texts[i % texts.Length]))));
    }

    private static string Describe(IReadOnlyList<LocationResult> results) =>
        string.Join("|", results.Select(r => $"{r.Name}:{string.Join(",", r.Spans)}"));
}
