namespace NewsEvents.Extraction.Tests.Events;

/// <summary>The whole pipeline on a short text, for event tests that need the actors and tolls the stages before find.</summary>
internal static class EventTestKit
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(ExtractionPipeline.CreateDefault);

    /// <summary>A Monday, so that "on Monday" in a test sentence is this day.</summary>
    public static readonly DateOnly Monday = new(2025, 3, 17);

    public static ExtractionResult Extract(string text, DateOnly? published = null) =>
        Pipeline.Value.Extract(new ArticleInput(text, published ?? Monday));

    public static EventResult Single(string text, DateOnly? published = null) => Assert.Single(Extract(text, published).Events);
}
