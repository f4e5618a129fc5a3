using NewsEvents.Extraction.Syntax;

namespace NewsEvents.SyntaxTrain;

/// <summary>Trains the tagger: greedy left to right, on its own earlier predictions as history.</summary>
internal static class TaggerTrainer
{
    /// <summary>Trains <paramref name="epochs"/> passes; with a dev set, returns the pass that tagged it best.</summary>
    public static (PosTagger Tagger, int Epoch, double Dev) Train(Corpus train, IReadOnlyList<int> sentences, Corpus? dev,
        int epochs, double prune, int seed, Action<string> log)
    {
        var model = new AveragedPerceptron(train.Tags.Length);
        var rng = new Random(seed);
        Span<uint> f = stackalloc uint[TaggerFeatures.Count];
        var scores = new float[train.Tags.Length];
        var tags = new int[512];
        (PosTagger Tagger, int Epoch, double Dev) best = (null!, 0, -1);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            long correct = 0, total = 0;
            var order = sentences.ToArray();
            rng.Shuffle(order);
            foreach (var s in order)
            {
                var words = train.Words[s];
                var gold = train.GoldTags[s];
                if (tags.Length < words.Length) tags = new int[words.Length * 2];
                for (var i = 0; i < words.Length; i++)
                {
                    var k = TaggerFeatures.Extract(words, i, tags, f);
                    model.Score(f[..k], scores);
                    model.Tick();
                    var guess = ArgMax(scores);
                    model.Update(f[..k], gold[i], guess);
                    tags[i] = guess;
                    if (guess == gold[i]) correct++;
                    total++;
                }
            }
            if (dev is null)
            {
                if (epoch == epochs) best = (new PosTagger(train.Tags, model.Export(prune)), epoch, -1);
                continue;
            }
            var tagger = new PosTagger(train.Tags, model.Export(prune));
            var acc = Accuracy(tagger, dev);
            log($"  tagger epoch {epoch}: train {(double)correct / total:0.0000}, dev upos {acc:0.0000}, {tagger.Weights.FeatureCount:N0} features");
            if (acc > best.Dev) best = (tagger, epoch, acc);
        }
        return best;
    }

    public static double Accuracy(PosTagger tagger, Corpus corpus)
    {
        long correct = 0, total = 0;
        var scores = new int[256];
        foreach (var (words, gold) in corpus.Words.Zip(corpus.GoldTags))
        {
            var tags = new int[words.Length];
            tagger.Tag(words, tags, scores);
            for (var i = 0; i < tags.Length; i++) if (tags[i] == gold[i]) correct++;
            total += tags.Length;
        }
        return (double)correct / total;
    }

    public static int[] Tag(PosTagger tagger, WordInfo[] words)
    {
        var tags = new int[words.Length];
        tagger.Tag(words, tags, new int[256]);
        return tags;
    }

    private static int ArgMax(ReadOnlySpan<float> s)
    {
        var best = 0;
        for (var c = 1; c < s.Length; c++) if (s[c] > s[best]) best = c;
        return best;
    }
}
