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
            // An empty stack allows only Shift, and the last word left only the root arc: about one move in eight
            // needs no scoring (BestValid would choose the same).
            if (state.Depth == 0) { state.Apply(0); continue; }
            if (state.B == state.N && state.Depth == 1) { state.Apply(ArcHybrid.LeftMove(state.RootLabel)); continue; }
            var k = ParserFeatures.Extract(state, words, tags, TagCount, f);
            Weights.Score(f[..k], scores);
            state.Apply(BestValid(state, scores));
        }
    }

    /// <summary>The best-scoring move that <see cref="ArcHybrid.IsValid"/> allows, without testing each class.</summary>
    public static int BestValid(ArcHybrid state, ReadOnlySpan<int> scores)
    {
        var labels = state.LabelCount;
        var best = -1;
        if (state.CanShift) best = 0;
        if (state.CanLeft)
        {
            if (state.B == state.N) return ArcHybrid.LeftMove(state.RootLabel); // only the root arc is left
            for (var c = 1; c <= labels; c++)
                if (c - 1 != state.RootLabel && (best < 0 || scores[c] > scores[best])) best = c;
        }
        if (state.CanRight)
            for (var c = labels + 1; c <= 2 * labels; c++)
                if (c - 1 - labels != state.RootLabel && (best < 0 || scores[c] > scores[best])) best = c;
        return best;
    }
}
