using System.Diagnostics;
using NewsEvents.Extraction.Syntax;
using NewsEvents.SyntaxTrain;

// Trains the tagger, parser and lemmatizer on UD English EWT and writes the embedded model. Deterministic: fixed
// seeds, fixed order, single-threaded except for the jackknife folds (each fold is independent).
// Usage (from the repository root):
//   dotnet run -c Release --project tools/NewsEvents.SyntaxTrain -- [--data DIR] [--out FILE] [--tagger-epochs N]
//       [--parser-epochs N] [--folds N] [--prune X] [--explore P] [--seed N]
var options = Options.Parse(args);
var clock = Stopwatch.StartNew();
void Log(string line) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {line}");

var trainSentences = Conllu.Read(Path.Combine(options.Data, "en_ewt-ud-train.conllu"));
var devSentences = Conllu.Read(Path.Combine(options.Data, "en_ewt-ud-dev.conllu"));
var tags = trainSentences.SelectMany(s => s.Upos).Distinct().Order(StringComparer.Ordinal).ToArray();
var labels = trainSentences.SelectMany(s => s.Deprels).Distinct().Order(StringComparer.Ordinal).ToArray();
var train = new Corpus(trainSentences, tags, labels);
var dev = new Corpus(devSentences, tags, labels);
Log($"train {train.Count:N0} sentences ({train.Words.Sum(w => w.Length):N0} words), dev {dev.Count:N0}; {tags.Length} tags, {labels.Length} labels");

Log("tagger, epochs chosen on dev:");
var all = Enumerable.Range(0, train.Count).ToArray();
var (tagger, taggerEpoch, taggerDev) = TaggerTrainer.Train(train, all, dev, options.TaggerEpochs, options.Prune, options.Seed, Log);
Log($"tagger: epoch {taggerEpoch}, dev upos {taggerDev:0.0000}");

// The parser learns from tags as the tagger will predict them: each fold tagged by a tagger that never saw it.
Log($"jackknife: {options.Folds} folds of {taggerEpoch} epochs");
var trainTags = new int[train.Count][];
Parallel.For(0, options.Folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
{
    var rest = all.Where(s => s % options.Folds != fold).ToArray();
    var (t, _, _) = TaggerTrainer.Train(train, rest, null, taggerEpoch, options.Prune, options.Seed + fold, _ => { });
    foreach (var s in all.Where(s => s % options.Folds == fold)) trainTags[s] = TaggerTrainer.Tag(t, train.Words[s]);
});
var jackknifed = trainTags.Zip(train.GoldTags).Sum(p => p.First.Zip(p.Second).Count(q => q.First == q.Second)) / (double)train.GoldTags.Sum(g => g.Length);
Log($"jackknifed train tags: {jackknifed:0.0000} right");
var devTags = dev.Words.Select(w => TaggerTrainer.Tag(tagger, w)).ToArray();

Log("parser, epochs chosen on dev (LAS):");
var (parser, parserEpoch, _) = ParserTrainer.Train(train, trainTags, dev, devTags, options.ParserEpochs, options.Prune, options.Explore, options.Seed, Log);

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
    $"averaged perceptron; tagger {taggerEpoch}/{options.TaggerEpochs} epochs; arc-hybrid parser with dynamic oracle, {parserEpoch}/{options.ParserEpochs} epochs, " +
    $"explore {options.Explore}, {options.Folds}-fold jackknifed tags; prune {options.Prune}; seed {options.Seed}");

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
