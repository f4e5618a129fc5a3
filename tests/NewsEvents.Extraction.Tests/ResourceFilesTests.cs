namespace NewsEvents.Extraction.Tests;

public class ResourceFilesTests
{
    [Theory]
    [InlineData("events/triggers.tsv")]
    [InlineData("events.triggers.tsv")]
    public void EmbeddedDataOpensWithEitherSeparator(string path)
    {
        using var reader = new StreamReader(ResourceFiles.Open(path));
        Assert.StartsWith("#", reader.ReadLine());
    }

    [Fact]
    public void EveryStageFolderShipsData()
    {
        foreach (var folder in new[] { "places", "actors", "people", "claims", "tolls", "events", "cleaning", "wordnet" })
            Assert.NotEmpty(ResourceFiles.List(folder));
    }

    [Fact]
    public void AMissingFileSaysWhichOne()
    {
        var e = Assert.Throws<FileNotFoundException>(() => ResourceFiles.Open("nowhere/nothing.tsv"));
        Assert.Contains("nowhere/nothing.tsv", e.Message);
    }
}
