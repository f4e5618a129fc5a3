using NewsEvents.Extraction;

namespace NewsEvents.Eval.DevSets;

/// <summary>
/// --misses FIELD N: the first N records of the tune half (or of the half given with --half) that miss FIELD, with
/// their text, gold against prediction, and what the engine found. Study material for the console only: the set's
/// licence keeps records out of the repository. Check stays unseen unless asked for, so that its figures stay honest.
/// </summary>
internal static class MissPrinter
{
    public static void Print<T>(DevSet<T> set, DevSetOptions o, List<(DevSetRecord Record, T Prediction)> scored, ExtractionResult?[] results) where T : notnull
    {
        var field = o.MissesField!;
        var half = o.Half ?? Half.Tune;
        var misses = scored.Select((x, i) => (x.Record, Miss: set.Miss(field, x.Record, x.Prediction), Result: results[i]))
            .Where(x => x.Record.Half == half && x.Miss is not null).ToList();
        var pool = scored.Count(x => x.Record.Half == half);
        Console.WriteLine($"\nmisses on {field}, {half} half: {misses.Count} of {pool} records; the first {Math.Min(o.Misses, misses.Count)}:");
        foreach (var (r, miss, result) in misses.Take(o.Misses))
        {
            Console.WriteLine($"\n{r.Id} ({r.Country})");
            Console.WriteLine($"  text:   {r.Text}");
            Console.WriteLine($"  {miss}");
            Console.WriteLine($"  engine: {EngineSummary.Of(result)}");
        }
    }
}
