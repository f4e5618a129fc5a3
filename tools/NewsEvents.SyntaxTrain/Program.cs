using System.Diagnostics;
using NewsEvents.Extraction.Syntax;
using NewsEvents.SyntaxTrain;

// Trains the tagger, parser and lemmatizer on UD English EWT and writes the embedded model. Deterministic: fixed
// seeds, fixed order, single-threaded except for the jackknife folds (each fold is independent, and its
// result does not depend on which thread runs it).
// Usage (from the repository root):
//   dotnet run -c Release --project tools/NewsEvents.SyntaxTrain -- [--data DIR] [--out FILE] [--tagger-epochs N]
//       [--parser-epochs N] [--folds N] [--prune X] [--explore P] [--seed N]
var options = Options.Parse(args);
var clock = Stopwatch.StartNew();
void Log(string line) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {line}");

var trainSentences = Conllu.Read(Path.Combine(options.Data, "en_ewt-ud-train.conllu"));
var devSentences = Conllu.Read(Path.Combine(options.Data, "en_ewt-ud-dev.conllu"));
var classes = new TagClasses(trainSentences);
var tags = classes.Names;
var labels = trainSentences.SelectMany(s => s.Deprels).Distinct().Order(StringComparer.Ordinal).ToArray();
var train = new Corpus(trainSentences, classes, labels);
var dev = new Corpus(devSentences, classes, labels);
Log($"train {train.Count:N0} sentences ({train.Words.Sum(w => w.Length):N0} words), dev {dev.Count:N0}; {tags.Length} tag classes, {labels.Length} labels");

// The second tagger pass and the parser learn from tags as the earlier steps will predict them: each fold of
// train is tagged by taggers that never saw it (folds are contiguous, so a document stays within one).
var all = Enumerable.Range(0, train.Count).ToArray();
int FoldOf(int s) => (int)((long)s * options.Folds / train.Count);
int[][] Jackknife(Func<int[], int, int[][]> trainAndTag)
{
    var result = new int[train.Count][];
    Parallel.For(0, options.Folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
    {
        var tagged = trainAndTag(all.Where(s => FoldOf(s) != fold).ToArray(), fold);
        foreach (var s in all.Where(s => FoldOf(s) == fold)) result[s] = tagged[s];
    });
    return result;
}
int[][] TagAll(WeightTable w, Corpus c, int[][]? guesses, IEnumerable<int>? only = null)
{
    var result = new int[c.Count][];
    foreach (var s in only ?? Enumerable.Range(0, c.Count)) result[s] = TaggerTrainer.Tag(w, c.Words[s], guesses?[s]);
    return result;
}

Log("tagger, first pass, epochs chosen on dev:");
var (first, firstEpoch, firstDev) = TaggerTrainer.Train(train, all, null, dev, null, options.TaggerEpochs, options.Prune, options.Seed, Log);
Log($"first pass: epoch {firstEpoch}, dev upos {firstDev:0.0000}; jackknifing it over {options.Folds} folds");
var firstFolds = new WeightTable[options.Folds];
var guesses = Jackknife((rest, fold) =>
{
    firstFolds[fold] = TaggerTrainer.Train(train, rest, null, null, null, firstEpoch, options.Prune, options.Seed + fold, _ => { }).Weights;
    return TagAll(firstFolds[fold], train, null, all.Where(s => FoldOf(s) == fold));
});
Log($"jackknifed first-pass tags on train: {TaggerTrainer.Agreement(train, guesses):0.0000} right");
var devGuesses = TagAll(first, dev, null);

Log("tagger, second pass, epochs chosen on dev:");
var (second, secondEpoch, secondDev) = TaggerTrainer.Train(train, all, guesses, dev, devGuesses, options.TaggerEpochs, options.Prune, options.Seed, Log);
Log($"second pass: epoch {secondEpoch}, dev upos {secondDev:0.0000}; jackknifing it over {options.Folds} folds");
var trainTags = Jackknife((rest, fold) =>
{
    var w = TaggerTrainer.Train(train, rest, guesses, null, null, secondEpoch, options.Prune, options.Seed + fold, _ => { }).Weights;
    return TagAll(w, train, guesses, all.Where(s => FoldOf(s) == fold));
});
Log($"jackknifed tags on train: {TaggerTrainer.Agreement(train, trainTags):0.0000} right");
// Small weights are dropped while dev accuracy holds (within a quarter point): a smaller table is also a faster one.
var (tagger, taggerCut) = PruneOnDev(new PosTagger(tags, first, second),
    cut => new PosTagger(tags, first.Pruned(cut), second.Pruned(cut)), t => TaggerAccuracy(t, dev), t => t.Bytes, "tagger upos");
var devTags = dev.Words.Select(w => TagWith(tagger, w)).ToArray();

Log("parser, epochs chosen on dev (LAS):");
var (trained, parserEpoch, _) = ParserTrainer.Train(train, trainTags, dev, devTags, options.ParserEpochs, options.Prune, options.Explore, options.Seed, Log);
var (parser, parserCut) = PruneOnDev(trained, cut => new DependencyParser(labels, tags.Length, trained.Weights.Pruned(cut)),
    p => ParserTrainer.Evaluate(p, dev, devTags).Las, p => p.Weights.Bytes, "parser las");

var lemmas = LemmaTableBuilder.Build(trainSentences);
Log($"lemmatizer: {lemmas.Count:N0} exceptions");

var draft = new SyntaxModel(Header("pending"), tagger, parser, new Lemmatizer(lemmas));
var (score, lemmaAccuracy) = Score(draft, devSentences);
var scores = $"dev {score} lemma={lemmaAccuracy:0.000} (gold words, predicted tags, punctuation included)";
Log(scores);
var model = new SyntaxModel(Header(scores), tagger, parser, new Lemmatizer(lemmas));

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
using (var file = File.Create(options.Out)) model.Save(file);
using (var file = File.OpenRead(options.Out))
{
    var back = SyntaxModel.Load(file);
    if (Score(back, devSentences).Score.ToString() != score.ToString()) throw new InvalidOperationException("the written model scores differently");
}
Log($"wrote {options.Out}: {new FileInfo(options.Out).Length / 1024.0 / 1024:0.0} MB, weights {model.WeightBytes / 1024.0 / 1024:0.0} MB in memory");
return 0;

SyntaxModelHeader Header(string scores) => new(SyntaxModel.FormatVersion, SyntaxModel.FeatureSignature,
    "UD English EWT v2.15 (en_ewt-ud-train.conllu; epochs chosen on en_ewt-ud-dev.conllu)",
    "CC BY-SA 4.0", "Universal Dependencies English Web Treebank, (c) Stanford University, CC BY-SA 4.0",
    scores,
    $"averaged perceptron; tagger passes {firstEpoch} and {secondEpoch} of {options.TaggerEpochs} epochs; arc-hybrid parser with dynamic oracle, {parserEpoch}/{options.ParserEpochs} epochs, " +
    $"explore {options.Explore}, {options.Folds}-fold jackknifed tags; averages below {options.Prune} dropped, " +
    $"then quantised weights below {taggerCut} (tagger) and {parserCut} (parser) of {WeightTable.QuantMax}; seed {options.Seed}");

(T Model, int Cut) PruneOnDev<T>(T full, Func<int, T> prune, Func<T, double> score, Func<T, long> bytes, string what)
{
    var best = score(full);
    var chosen = (full, 0);
    // cut-offs in quantised units (the largest weight is QuantMax, about a million)
    foreach (var cut in (int[])[4000, 8000, 12000, 16000, 24000])
    {
        var pruned = prune(cut);
        var s = score(pruned);
        Log($"  {what} without weights below {cut}: {bytes(pruned) / 1048576.0:0.0} MB, dev {s:0.0000} (unpruned {best:0.0000})");
        if (s < best - 0.0025) break;
        chosen = (pruned, cut);
    }
    return chosen;
}

static int[] TagWith(PosTagger tagger, WordInfo[] words)
{
    var tags = new int[words.Length];
    tagger.Tag(words, tags, new int[words.Length], new int[256]);
    return tags;
}

static double TaggerAccuracy(PosTagger tagger, Corpus corpus) =>
    TaggerTrainer.Agreement(corpus, corpus.Words.Select(w => TagWith(tagger, w)).ToArray());

static (SyntaxScore Score, double Lemma) Score(SyntaxModel model, List<ConlluSentence> sentences)
{
    var score = new SyntaxScore();
    long lemmaRight = 0;
    foreach (var s in sentences)
    {
        var parsed = model.Parse(s.Forms);
        score.Add(s, parsed.Words.Select(w => w.Upos).ToArray(), parsed.Words.Select(w => w.Head).ToArray(), parsed.Words.Select(w => w.Deprel).ToArray());
        for (var i = 0; i < s.Count; i++) if (parsed[i].Lemma == s.Lemmas[i]) lemmaRight++;
    }
    return (score, (double)lemmaRight / score.Words);
}
