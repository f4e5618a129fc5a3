namespace NewsEvents.Extraction.Syntax;

/// <summary>Greedy arc-hybrid parser: at each step the best-scoring valid move under <see cref="ParserFeatures"/>.</summary>
internal sealed class DependencyParser
{
    public DependencyParser(IReadOnlyList<string> labels, int tagCount, WeightTable weights)
    {
        Labels = labels;
        TagCount = tagCount;
        Weights = weights;
        RootLabel = labels.ToList().IndexOf("root");
        if (RootLabel < 0) throw new InvalidDataException("the parser's labels lack 'root'");
        if (weights.ClassCount != 1 + 2 * labels.Count) throw new InvalidDataException($"parser has {weights.ClassCount} classes for {labels.Count} labels");
    }

    public IReadOnlyList<string> Labels { get; }
    public int TagCount { get; }
    public int RootLabel { get; }
    public WeightTable Weights { get; }

    /// <summary>Parses into <paramref name="state"/>: afterwards Head[i] is the head (N for the root) and Label[i] the label id.</summary>
    public void Parse(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, ArcHybrid state, Span<int> scores)
    {
        state.Reset(words.Length, Labels.Count, RootLabel);
        Span<uint> f = stackalloc uint[ParserFeatures.Count];
        while (!state.IsTerminal)
        {
            var k = ParserFeatures.Extract(state, words, tags, TagCount, f);
            Weights.Score(f[..k], scores);
            state.Apply(BestValid(state, scores));
        }
    }

    public static int BestValid(ArcHybrid state, ReadOnlySpan<int> scores)
    {
        var best = -1;
        for (var c = 0; c < state.ClassCount; c++)
            if ((best < 0 || scores[c] > scores[best]) && state.IsValid(c)) best = c;
        return best;
    }
}
