using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Syntax;
using NewsEvents.Extraction.Text;
using NewsEvents.Extraction.Tolls;

namespace NewsEvents.Extraction.Tests.Tolls;

/// <summary>Runs the toll stage alone on text written for a test, with hand-made inputs from the other stages.</summary>
internal static class TollTestKit
{
    public static readonly TollFinder Finder = TollFinder.LoadDefault();

    public static IReadOnlyList<TollResult> Tolls(string text, IReadOnlyList<ClaimResult>? claims = null,
        IReadOnlyList<DateMention>? dates = null, IReadOnlyList<LocationResult>? locations = null, IReadOnlyList<ActorResult>? actors = null) =>
        Finder.Find(Analyze(text), claims ?? [], dates ?? [], locations ?? [], actors ?? []);

    /// <summary>The text as the pipeline analyses it: tokens, sentences and the parse that the toll grammar reads.</summary>
    public static AnalyzedText Analyze(string text)
    {
        var analyzed = TextAnalyzer.Analyze(text);
        return analyzed with { Syntax = new TextSyntax(analyzed, SyntaxModel.LoadDefault()) };
    }

    public static TextSpan SpanOf(string text, string part)
    {
        var i = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{part}' is not in the text");
        return new TextSpan(i, i + part.Length);
    }

    public static Quantity? Number(string text) =>
        NumberParser.Parse(TextAnalyzer.Analyze(text).Sentences[0].Tokens, 0);
}
