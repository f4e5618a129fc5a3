using System.Reflection;

namespace NewsEvents.Extraction.Tests.Pipeline;

public class EngineVersionTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Fact]
    public void TheVersionIsTheAssemblyVersionWithHashesOfTheCodeAndTheData()
    {
        var assembly = typeof(EngineVersion).Assembly;
        var code = Convert.ToHexStringLower(assembly.ManifestModule.ModuleVersionId.ToByteArray())[..8];
        var data = EngineVersion.DataHash(assembly)[..8];

        Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+\\+[0-9a-f]{8}\\.[0-9a-f]{8}$", EngineVersion.Current);
        Assert.EndsWith($"+{code}.{data}", EngineVersion.Current);
        Assert.True(EngineVersion.Current.Length <= 50);
        Assert.Equal(EngineVersion.Current, ExtractionPipeline.Version);
    }

    [Fact]
    public void TheDataHashCoversTheEmbeddedResources()
    {
        // Another assembly's resources (none, or others) hash differently from the engine's lexicons and gazetteer.
        Assert.NotEqual(EngineVersion.DataHash(typeof(EngineVersion).Assembly), EngineVersion.DataHash(Assembly.GetExecutingAssembly()));
        Assert.Equal(EngineVersion.DataHash(typeof(EngineVersion).Assembly), EngineVersion.DataHash(typeof(EngineVersion).Assembly));
    }

    [Fact]
    public void EveryExtractionCarriesTheVersion()
    {
        var result = fixture.Pipeline.Extract(new ArticleInput("Two people were killed in a shelling of a village on Monday, medics said.", new DateOnly(2025, 3, 3)));
        Assert.Equal(EngineVersion.Current, result.ExtractorVersion);
    }
}
