namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// Greedy averaged-perceptron tagger in two passes over <see cref="TaggerFeatures"/>: the first reads left to right
/// with the tags it has chosen, the second reads again with the first pass's guesses for the words to the right.
/// Its classes are UPOS and Penn Treebank tag together ("VERB|VBN"): the parser reads the finer tag, stages the UPOS.
/// </summary>
internal sealed class PosTagger
{
    public PosTagger(IReadOnlyList<string> tags, WeightTable first, WeightTable second)
    {
        if (first.ClassCount != tags.Count || second.ClassCount != tags.Count)
            throw new InvalidDataException($"tagger has {first.ClassCount}/{second.ClassCount} classes for {tags.Count} tags");
        Tags = tags;
        Upos = tags.Select(t => t.Split('|')[0]).ToArray();
        Xpos = tags.Select(t => t.Contains('|') ? t.Split('|')[1] : "_").ToArray();
        First = first;
        Second = second;
    }

    /// <summary>Class names, "UPOS|XPOS".</summary>
    public IReadOnlyList<string> Tags { get; }
    public IReadOnlyList<string> Upos { get; }
    public IReadOnlyList<string> Xpos { get; }
    public WeightTable First { get; }
    public WeightTable Second { get; }
    public long Bytes => First.Bytes + Second.Bytes;

    /// <summary>Writes a tag id per word into <paramref name="tags"/>; <paramref name="guesses"/> is scratch of the same length.</summary>
    public void Tag(ReadOnlySpan<WordInfo> words, Span<int> tags, Span<int> guesses, Span<int> scores)
    {
        Pass(First, words, [], guesses, scores);
        Pass(Second, words, guesses, tags, scores);
    }

    /// <summary>One pass; with <paramref name="guesses"/> empty it is the first.</summary>
    public static void Pass(WeightTable weights, ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> guesses, Span<int> tags, Span<int> scores)
    {
        Span<uint> f = stackalloc uint[TaggerFeatures.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var k = TaggerFeatures.Extract(words, i, tags, guesses, f);
            weights.Score(f[..k], scores);
            tags[i] = ArgMax(scores[..weights.ClassCount]);
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
