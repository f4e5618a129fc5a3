using NewsEvents.Extraction.Syntax;

namespace NewsEvents.SyntaxTrain;

/// <summary>
/// Trains one pass of the tagger: greedy left to right, on its own earlier predictions as history. The second pass
/// also sees the first pass's guesses for every word (<c>guesses</c>), as it will at run time.
/// </summary>
internal static class TaggerTrainer
{
    /// <summary>Trains <paramref name="epochs"/> passes over the sentences; with a dev set, returns the epoch whose UPOS was best on it.</summary>
    public static (WeightTable Weights, int Epoch, double Dev) Train(Corpus train, IReadOnlyList<int> sentences, int[][]? guesses,
        Corpus? dev, int[][]? devGuesses, int epochs, double prune, int seed, Action<string> log)
    {
        var model = new AveragedPerceptron(train.Tags.Length);
        var rng = new Random(seed);
        var f = new uint[TaggerFeatures.Count];
        var scores = new float[train.Tags.Length];
        var tags = new int[512];
        (WeightTable Weights, int Epoch, double Dev) best = (null!, 0, -1);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            long correct = 0, total = 0;
            var order = sentences.ToArray();
            rng.Shuffle(order);
            foreach (var s in order)
            {
                var words = train.Words[s];
                var gold = train.GoldTags[s];
                ReadOnlySpan<int> right = guesses is null ? [] : guesses[s];
                if (tags.Length < words.Length) tags = new int[words.Length * 2];
                for (var i = 0; i < words.Length; i++)
                {
                    var k = TaggerFeatures.Extract(words, i, tags, right, f);
                    model.Score(f.AsSpan(0, k), scores);
                    model.Tick();
                    var guess = ArgMax(scores);
                    model.Update(f.AsSpan(0, k), gold[i], guess);
                    tags[i] = guess;
                    if (guess == gold[i]) correct++;
                    total++;
                }
            }
            if (dev is null)
            {
                if (epoch == epochs) best = (model.Export(prune), epoch, -1);
                continue;
            }
            var weights = model.Export(prune);
            var acc = Accuracy(weights, dev, devGuesses);
            log($"  epoch {epoch}: train {(double)correct / total:0.0000}, dev upos {acc:0.0000}, {weights.FeatureCount:N0} features");
            if (acc > best.Dev) best = (weights, epoch, acc);
        }
        return best;
    }

    public static double Accuracy(WeightTable weights, Corpus corpus, int[][]? guesses)
    {
        long correct = 0, total = 0;
        for (var s = 0; s < corpus.Count; s++)
        {
            var tags = Tag(weights, corpus.Words[s], guesses?[s]);
            var gold = corpus.GoldTags[s];
            for (var i = 0; i < tags.Length; i++) if (corpus.Upos[tags[i]] == corpus.Upos[gold[i]]) correct++;
            total += tags.Length;
        }
        return (double)correct / total;
    }

    public static int[] Tag(WeightTable weights, WordInfo[] words, int[]? guesses)
    {
        var tags = new int[words.Length];
        PosTagger.Pass(weights, words, guesses ?? [], tags, new int[256]);
        return tags;
    }

    /// <summary>Share of words whose UPOS is right.</summary>
    public static double Agreement(Corpus corpus, int[][] tags) =>
        tags.Zip(corpus.GoldTags).Sum(p => p.First.Zip(p.Second).Count(q => corpus.Upos[q.First] == corpus.Upos[q.Second])) / (double)corpus.GoldTags.Sum(g => g.Length);

    private static int ArgMax(ReadOnlySpan<float> s)
    {
        var best = 0;
        for (var c = 1; c < s.Length; c++) if (s[c] > s[best]) best = c;
        return best;
    }
}
