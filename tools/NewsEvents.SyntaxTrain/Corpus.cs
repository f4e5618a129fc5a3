using NewsEvents.Extraction.Syntax;

namespace NewsEvents.SyntaxTrain;

/// <summary>A treebank prepared for training: hashed words, tag and label ids, computed once.</summary>
internal sealed class Corpus
{
    public Corpus(List<ConlluSentence> sentences, TagClasses classes, string[] labels)
    {
        Sentences = sentences;
        var tags = classes.Names;
        Tags = tags;
        Labels = labels;
        var tagId = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        Upos = tags.Select(t => t.Split('|')[0]).ToArray();
        var labelId = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        Words = sentences.Select(s =>
        {
            var w = new WordInfo[s.Count];
            for (var i = 0; i < s.Count; i++) WordInfo.Compute(s.Forms[i], ref w[i]);
            return w;
        }).ToArray();
        GoldTags = sentences.Select(s => s.Upos.Select((u, i) => tagId[classes.Of(u, s.Xpos[i])]).ToArray()).ToArray();
        GoldLabels = sentences.Select(s => s.Deprels.Select(l => labelId.TryGetValue(l, out var id) ? id : labelId["dep"]).ToArray()).ToArray();
    }

    public List<ConlluSentence> Sentences { get; }
    /// <summary>Tagger classes, "UPOS|XPOS" (see <see cref="TagClasses"/>).</summary>
    public string[] Tags { get; }
    /// <summary>The UPOS of each class.</summary>
    public string[] Upos { get; }
    public string[] Labels { get; }
    public WordInfo[][] Words { get; }
    public int[][] GoldTags { get; }
    public int[][] GoldLabels { get; }
    public int Count => Sentences.Count;

    /// <summary>Sentence indices in a fixed pseudo-random order for one epoch.</summary>
    public static int[] Shuffled(int count, Random rng)
    {
        var order = Enumerable.Range(0, count).ToArray();
        rng.Shuffle(order);
        return order;
    }
}
