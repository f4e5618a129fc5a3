using System.Diagnostics;
using System.Text.Json;
using NewsEvents.Eval;
using NewsEvents.Extraction;

// Usage: dotnet run --project tools/NewsEvents.Eval -- <folder with gold.json and articles> [-v]
//        dotnet run -c Release --project tools/NewsEvents.Eval -- syntax <file.conllu>   (tagger and parser, see SyntaxEval.cs)
if (args.Length > 0 && args[0] == "syntax") return SyntaxEval.Run(args[1..]);
// Prints per-field recall (gold items found) and precision (extracted items matching gold), then with -v every miss.
// dotnet run --project tools/NewsEvents.Eval -- probe "<text>" [yyyy-mm-dd]: the extraction of one text, as JSON, for reading
if (args.Length > 1 && args[0] == "probe")
{
    var probe = ExtractionPipeline.CreateDefault().Extract(new ArticleInput(args[1], args.Length > 2 ? DateOnly.Parse(args[2]) : null));
    Console.WriteLine(JsonSerializer.Serialize(probe, new JsonSerializerOptions { WriteIndented = true }));
    return 0;
}
// dotnet run --project tools/NewsEvents.Eval -- probe-lines <file>: one text a line, each event's type and fatalities on a line,
// with the pipeline loaded once (for reading many texts, e.g. with NE_DEBUG set)
if (args.Length > 1 && args[0] == "probe-lines")
{
    var engine = ExtractionPipeline.CreateDefault();
    foreach (var line in File.ReadLines(args[1]).Where(l => l.Trim().Length > 0))
    {
        Console.Error.WriteLine($"TEXT {line}");
        var result = engine.Extract(new ArticleInput(line, null));
        foreach (var e in result.Events)
            Console.Error.WriteLine($"  -> {e.Type} / {e.SubType} at {e.Location?.Name ?? "?"}, fatalities {e.Fatalities}, actors {string.Join("; ", e.Actors.Select(a => $"{a.Role}:{a.Name}"))}");
        Console.Error.WriteLine($"  places: {string.Join("; ", result.Locations.Select(l => $"{l.Text} = {l.Name} ({l.Country}, {l.Precision})"))}");
    }
    return 0;
}
// dotnet run --project tools/NewsEvents.Eval -- parse "<text>": each token's tag, lemma, head and relation, for reading
if (args.Length > 1 && args[0] == "parse")
{
    var analysed = NewsEvents.Extraction.Text.TextAnalyzer.Analyze(args[1]);
    var syntax = new NewsEvents.Extraction.Syntax.TextSyntax(analysed, NewsEvents.Extraction.Syntax.SyntaxModel.LoadDefault());
    foreach (var sentence in analysed.Sentences)
    {
        var parse = syntax.Of(sentence);
        foreach (var t in sentence.Tokens)
            Console.WriteLine($"{t.Index,3} {t.Norm,-14} {parse.Upos(t.Index),-6} {parse.Lemma(t.Index),-12} {parse.Head(t.Index),3} {parse.Relation(t.Index)}");
        Console.WriteLine();
    }
    return 0;
}
if (args.Length > 0 && args[0] is "acled" or "wad") return NewsEvents.Eval.DevSets.DevSetCommand.Run(args);
if (args.Length == 0 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: NewsEvents.Eval <folder containing gold.json and the articles> [-v]");
    return 2;
}
var folder = args[0];
var verbose = args.Contains("-v");
var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json"))).RootElement.GetProperty("articles");

var clock = Stopwatch.StartNew();
var pipeline = ExtractionPipeline.CreateDefault();
Console.WriteLine($"pipeline loaded in {clock.ElapsedMilliseconds} ms");

var scores = new Dictionary<string, Score>();
var evaluator = new Evaluator(scores);
foreach (var article in gold.EnumerateObject())
{
    var g = article.Value;
    DateOnly? published = g.TryGetProperty("publishedAt", out var p) ? DateOnly.Parse(p.GetString()!) : null;
    var content = File.ReadAllText(Path.Combine(folder, article.Name));
    var result = pipeline.Extract(new ArticleInput(content, published));
    evaluator.Article(article.Name, result, g);
}

Console.WriteLine($"{"field",-22} {"gold",5} {"found",6} {"recall",8} {"extracted",10} {"precision",10}");
foreach (var s in scores.Values.OrderBy(s => s.Field))
    Console.WriteLine($"{s.Field,-22} {s.Gold,5} {s.Found,6} {s.Recall,8} {s.Extracted,10} {s.Precision,10}");
if (verbose)
    foreach (var s in scores.Values.OrderBy(s => s.Field))
        foreach (var m in s.Misses) Console.WriteLine($"  [{s.Field}] {m}");
return 0;
