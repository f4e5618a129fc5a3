namespace NewsEvents.Extraction.Syntax;

/// <summary>Greedy left-to-right averaged-perceptron tagger over <see cref="TaggerFeatures"/>.</summary>
internal sealed class PosTagger
{
    public PosTagger(IReadOnlyList<string> tags, WeightTable weights)
    {
        if (weights.ClassCount != tags.Count) throw new InvalidDataException($"tagger has {weights.ClassCount} classes for {tags.Count} tags");
        Tags = tags;
        Weights = weights;
    }

    public IReadOnlyList<string> Tags { get; }
    public WeightTable Weights { get; }

    /// <summary>Writes a tag id per word into <paramref name="tags"/>; <paramref name="scores"/> holds at least one int per tag.</summary>
    public void Tag(ReadOnlySpan<WordInfo> words, Span<int> tags, Span<int> scores)
    {
        Span<uint> f = stackalloc uint[TaggerFeatures.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var k = TaggerFeatures.Extract(words, i, tags, f);
            Weights.Score(f[..k], scores);
            tags[i] = ArgMax(scores[..Tags.Count]);
        }
    }

    public static int ArgMax(ReadOnlySpan<int> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best]) best = c;
        return best;
    }
}
