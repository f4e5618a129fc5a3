using System.Diagnostics;
using NewsEvents.Extraction;

namespace NewsEvents.Eval.DevSets;

/// <summary>
/// <c>acled</c> and <c>wad</c>: runs the engine over a development set in process, writes the predictions, and prints
/// the shared scorer's figures for the tune half, the check half and all records.
/// </summary>
internal static class DevSetCommand
{
    public static int Run(string[] args)
    {
        DevSetOptions o;
        try { o = DevSetOptions.Parse(args); }
        catch (ArgumentException e) { return Usage(e.Message); }
        try { return o.Set == "acled" ? Run(new AcledSet(), o) : Run(new WadSet(), o); }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException) { return Usage(e.Message); }
        catch (ScorerException e) { Console.Error.WriteLine(e.Message); return 1; }
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine(DevSetOptions.Usage);
        return 2;
    }

    private static int Run<T>(DevSet<T> set, DevSetOptions o) where T : notnull
    {
        if (o.MissesField is { } mf && !set.MissFields.Contains(mf))
            return Usage($"--misses: {set.Name} fields are {string.Join(", ", set.MissFields)}");
        var shared = SharedFolder.Find();
        var path = o.Path is null ? Path.Combine(shared, set.DefaultFile) : SharedFolder.Resolve(o.Path);
        var records = DevSetRecord.Load(path, o.Limit).Where(r => o.Half is null || r.Half == o.Half).ToList();
        Console.WriteLine($"{set.Name}: {records.Count} records from {path}{(o.Half is null ? "" : $" ({o.Half} half)")}");

        var clock = Stopwatch.StartNew();
        var pipeline = ExtractionPipeline.CreateDefault();
        var loaded = clock.Elapsed;
        var run = ExtractionRun.Of(pipeline, records);
        foreach (var f in run.Failures) Console.Error.WriteLine($"engine exception on {f.Id}: {f.Type}: {f.Message} (in {f.Site})");
        var scored = records.Select((r, i) => (Record: r, Prediction: set.Predict(r.Id, run.Results[i]))).ToList();
        if (o.Out is not null) Workspace.WritePredictions(o.Out, scored.Select(x => x.Prediction));

        using var work = new Workspace();
        var scorer = Path.Combine(shared, set.Scorer);
        var halves = o.Half is null ? new[] { Half.Tune, Half.Check, Half.All } : [o.Half];
        var figures = new Dictionary<string, ScorerFigures>();
        foreach (var half in halves)
        {
            var subset = scored.Where(x => Half.Holds(half, x.Record)).ToList();
            if (subset.Count == 0) continue;
            var (gold, pred) = work.Write(half, subset);
            figures[half] = set.Score(scorer, gold, pred, work);
        }

        FigureTable.Print(set.Rows, halves, figures);
        if (set.OwnRows.Count > 0) FigureTable.Print(set.OwnRows, halves, OwnFigures(set, scored, halves));
        Console.WriteLine($"extracted {records.Count} records in {run.Elapsed.TotalSeconds:0.0} s ({run.RecordsPerSecond:0} records/s on {Environment.ProcessorCount} cores; pipeline loaded in {loaded.TotalSeconds:0.0} s)");
        Console.WriteLine($"engine exceptions: {run.Failures.Count}" + string.Concat(run.Failures.GroupBy(f => f.Type).Select(g => $", {g.Key} x{g.Count()}")));
        if (o.Out is not null) Console.WriteLine($"predictions written to {Path.GetFullPath(o.Out)}");
        if (figures.TryGetValue(halves[^1], out var widest)) Agreement(set, scored, halves[^1], widest);

        if (o.Verbose)
            foreach (var (half, f) in figures) Console.WriteLine($"\n== {Path.GetFileName(scorer)} on {half} ==\n{f.Output.TrimEnd()}");
        if (o.ByCountry && records.Count > 0)
        {
            Console.WriteLine();
            foreach (var line in set.ByCountry(scorer, scored, work)) Console.WriteLine(line);
        }
        if (o.MissesField is not null) MissPrinter.Print(set, o, scored, run.Results);
        return 0;
    }

    // The measures no scorer prints, from the C# judgement of each half.
    private static Dictionary<string, ScorerFigures> OwnFigures<T>(DevSet<T> set, List<(DevSetRecord Record, T Prediction)> scored, IReadOnlyList<string> halves) where T : notnull
    {
        var figures = new Dictionary<string, ScorerFigures>();
        foreach (var half in halves)
        {
            var tally = new Tally();
            foreach (var (r, p) in scored.Where(x => Half.Holds(half, x.Record))) set.Judge(r, p, tally);
            figures[half] = new ScorerFigures(set.OwnRows.ToDictionary(row => row.Key, row => tally[row.Key]), "");
        }
        return figures;
    }

    // The C# judgement is what --misses shows; it must add up to the scorer's figures, or the misses mislead.
    private static void Agreement<T>(DevSet<T> set, List<(DevSetRecord Record, T Prediction)> scored, string half, ScorerFigures scorer) where T : notnull
    {
        var tally = new Tally();
        foreach (var (r, p) in scored.Where(x => Half.Holds(half, x.Record))) set.Judge(r, p, tally);
        var differ = scorer.Figures.Where(f => tally[f.Key] is var mine && (mine.N != f.Value.N || mine.N > 0 && Math.Abs(mine.Rate - f.Value.Rate) > 0.0005))
            .Select(f => $"{f.Key}: scorer {f.Value}, C# {tally[f.Key]}").ToList();
        Console.WriteLine(differ.Count == 0
            ? $"C# re-scoring agrees with {Path.GetFileName(set.Scorer)} on {half} ({scorer.Figures.Count} figures)"
            : $"WARNING: C# re-scoring disagrees with the scorer on {half}, so --misses may mislead: {string.Join("; ", differ)}");
    }
}
