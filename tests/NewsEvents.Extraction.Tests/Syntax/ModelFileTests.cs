using NewsEvents.Extraction.Syntax;

namespace NewsEvents.Extraction.Tests.Syntax;

public class ModelFileTests
{
    private static readonly SyntaxModel Model = SyntaxModel.LoadDefault();

    private static SyntaxModel RoundTrip(SyntaxModel model)
    {
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        return SyntaxModel.Load(file);
    }

    private static void AssertLoadFails(SyntaxModelHeader header, string expected)
    {
        using var file = new MemoryStream();
        new SyntaxModel(header, Model.Tagger, Model.Parser, Model.Lemmatizer).Save(file);
        file.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(file));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void WritingAndReadingTheModelGivesBackTheSameWeightsHeaderAndLemmas()
    {
        var back = RoundTrip(Model);

        Assert.Equal(Model.Header, back.Header);
        Assert.Equal(Model.TagNames, back.TagNames);
        Assert.Equal(Model.LabelNames, back.LabelNames);
        Assert.Equal(Model.Tagger.First.Rows().SelectMany(Flatten), back.Tagger.First.Rows().SelectMany(Flatten));
        Assert.Equal(Model.Tagger.Second.Rows().SelectMany(Flatten), back.Tagger.Second.Rows().SelectMany(Flatten));
        Assert.Equal(Model.Parser.Weights.Rows().SelectMany(Flatten), back.Parser.Weights.Rows().SelectMany(Flatten));
        Assert.Equal(Model.Lemmatizer.Exceptions.OrderBy(e => e.Key, StringComparer.Ordinal), back.Lemmatizer.Exceptions.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    private static IEnumerable<(uint, byte, int)> Flatten((uint Key, (byte Class, int Weight)[] Row) r) => r.Row.Select(e => (r.Key, e.Class, e.Weight));

    [Fact]
    public void TheShippedModelNamesItsDataAndLicence()
    {
        Assert.Equal(SyntaxModel.FormatVersion, Model.Header.Format);
        Assert.Contains("UD English EWT v2.15", Model.Header.Data);
        Assert.Equal("CC BY-SA 4.0", Model.Header.Licence);
        Assert.Contains("uas=", Model.Header.Scores);
    }

    [Fact]
    public void AModelOfAnotherFormatVersionFailsToLoad() =>
        AssertLoadFails(Model.Header with { Format = SyntaxModel.FormatVersion + 1 }, "file format");

    [Fact]
    public void AModelTrainedWithOtherFeatureTemplatesFailsToLoad() =>
        AssertLoadFails(Model.Header with { Features = "0badf00d" }, "feature templates");

    [Fact]
    public void AFileThatIsNoModelFailsToLoad()
    {
        using var file = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
            gz.Write("word\tNOUN\n\nmore"u8);
        file.Position = 0;
        Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(file));
    }

    [Fact]
    public void ATruncatedModelFailsToLoad()
    {
        using var whole = new MemoryStream();
        Model.Save(whole);
        var bytes = whole.ToArray();
        using var cut = new MemoryStream(bytes, 0, bytes.Length / 2);
        Assert.ThrowsAny<Exception>(() => SyntaxModel.Load(cut));
    }

    [Fact]
    public void TheWeightsFitInFortyMegabytes() => Assert.InRange(Model.WeightBytes, 1, 40L * 1024 * 1024);
}
