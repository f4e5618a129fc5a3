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
        _numeral = Array.IndexOf(Tags.ToArray(), "NUM|CD");
    }

    // Cardinal number words are a closed class the treebank tags NUM 98% of the time; left to the model, a capitalised one
    // at the start of a sentence ("Eight pilgrims ...") reads as a name and a rare one as a verb ("beheaded seven
    // loggers"), and the parse around it fails with it
    private static readonly HashSet<uint> Cardinals = [.. new[]
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million",
    }.Select(w => { var info = default(WordInfo); WordInfo.Compute(w, ref info); return info.Norm; })];

    private readonly int _numeral;

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
        Pass(First, words, [], guesses, scores, _numeral);
        Pass(Second, words, guesses, tags, scores, _numeral);
    }

    /// <summary>One pass; with <paramref name="guesses"/> empty it is the first.</summary>
    /// <param name="numeral">The class cardinal number words take (lower case, or first in the sentence), or -1 to let the model choose.</param>
    public static void Pass(WeightTable weights, ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> guesses, Span<int> tags, Span<int> scores, int numeral = -1)
    {
        Span<uint> f = stackalloc uint[TaggerFeatures.Count];
        for (var i = 0; i < words.Length; i++)
        {
            if (numeral >= 0 && (i == 0 || words[i].Form == words[i].Norm) && Cardinals.Contains(words[i].Norm))
            {
                tags[i] = numeral;
                continue;
            }
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
