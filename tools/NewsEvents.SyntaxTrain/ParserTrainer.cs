using NewsEvents.Extraction.Syntax;

namespace NewsEvents.SyntaxTrain;

/// <summary>
/// Trains the parser with the dynamic oracle: after the first pass it follows its own (possibly wrong) moves with
/// probability <c>explore</c>, and each update pushes the best zero-cost move over the predicted one.
/// </summary>
internal static class ParserTrainer
{
    public static (DependencyParser Parser, int Epoch, SyntaxScore Dev) Train(Corpus train, int[][] trainTags, Corpus dev, int[][] devTags,
        int epochs, double prune, double explore, int seed, Action<string> log)
    {
        var labels = train.Labels;
        var root = Array.IndexOf(labels, "root");
        var tagCount = train.Tags.Length;
        var model = new AveragedPerceptron(1 + 2 * labels.Length);
        var rng = new Random(seed);
        var gold = new int[train.Count][];
        var lifted = 0;
        for (var s = 0; s < train.Count; s++)
        {
            var (heads, l) = Projectivizer.Lift(train.Sentences[s].Heads);
            lifted += l;
            var n = heads.Length;
            gold[s] = heads.Select(h => h < 0 ? n : h).ToArray();
        }
        log($"  parser: {labels.Length} labels, {lifted} non-projective arcs lifted");

        var state = new ArcHybrid();
        var f = new uint[ParserFeatures.Count];
        var scores = new float[model.ClassCount];
        var costs = new int[model.ClassCount];
        (DependencyParser Parser, int Epoch, SyntaxScore Dev) best = (null!, 0, new SyntaxScore());
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            long moves = 0, wrong = 0;
            foreach (var s in Corpus.Shuffled(train.Count, rng))
            {
                var words = train.Words[s];
                var tags = trainTags[s];
                state.Reset(words.Length, labels.Length, root);
                while (!state.IsTerminal)
                {
                    var k = ParserFeatures.Extract(state, words, tags, tagCount, f);
                    model.Score(f.AsSpan(0, k), scores);
                    model.Tick();
                    ArcHybridOracle.Costs(state, gold[s], train.GoldLabels[s], costs);
                    int predicted = -1, target = -1, least = int.MaxValue;
                    for (var c = 0; c < model.ClassCount; c++)
                    {
                        if (costs[c] == int.MaxValue) continue;
                        if (predicted < 0 || scores[c] > scores[predicted]) predicted = c;
                        if (costs[c] < least || (costs[c] == least && scores[c] > scores[target])) { least = costs[c]; target = c; }
                    }
                    moves++;
                    if (costs[predicted] > least)
                    {
                        wrong++;
                        model.Update(f.AsSpan(0, k), target, predicted);
                    }
                    state.Apply(epoch > 1 && rng.NextDouble() < explore ? predicted : target);
                }
            }
            var parser = new DependencyParser(labels, tagCount, model.Export(prune));
            var score = Evaluate(parser, dev, devTags);
            log($"  parser epoch {epoch}: {(double)wrong / moves:0.0000} of moves corrected, dev {score}, {parser.Weights.FeatureCount:N0} features, {parser.Weights.EntryCount:N0} weights");
            if (score.Las > best.Dev.Las) best = (parser, epoch, score);
        }
        return best;
    }

    public static SyntaxScore Evaluate(DependencyParser parser, Corpus corpus, int[][] tags)
    {
        var score = new SyntaxScore();
        var state = new ArcHybrid();
        var scores = new int[256];
        for (var s = 0; s < corpus.Count; s++)
        {
            var words = corpus.Words[s];
            parser.Parse(words, tags[s], state, scores);
            var n = words.Length;
            var heads = Enumerable.Range(0, n).Select(i => state.Head[i] == n ? -1 : state.Head[i]).ToArray();
            var deprels = Enumerable.Range(0, n).Select(i => parser.Labels[state.Label[i]]).ToArray();
            score.Add(corpus.Sentences[s], tags[s].Select(t => corpus.Upos[t]).ToArray(), heads, deprels);
        }
        return score;
    }
}
