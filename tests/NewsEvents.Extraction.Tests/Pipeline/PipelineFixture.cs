namespace NewsEvents.Extraction.Tests.Pipeline;

/// <summary>One loaded pipeline for the whole-article tests: loading the gazetteer and lexicons takes a moment.</summary>
public sealed class PipelineFixture
{
    public ExtractionPipeline Pipeline { get; } = ExtractionPipeline.CreateDefault();

    public ExtractionResult Extract(string file, DateOnly published) =>
        Pipeline.Extract(new ArticleInput(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pipeline", "Articles", file)), published));
}
