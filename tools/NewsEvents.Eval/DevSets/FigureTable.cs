namespace NewsEvents.Eval.DevSets;

/// <summary>The compact table: one row per field, one column per half, each cell the scorer's rate and its n.</summary>
internal static class FigureTable
{
    public static void Print(IReadOnlyList<(string Key, string Label)> rows, IReadOnlyList<string> halves, IReadOnlyDictionary<string, ScorerFigures> figures)
    {
        const int cell = 18;
        var width = rows.Max(r => r.Label.Length);
        Console.WriteLine();
        Console.WriteLine("field".PadRight(width) + string.Concat(halves.Select(h => h.PadLeft(cell))));
        foreach (var (key, label) in rows)
            Console.WriteLine(label.PadRight(width) + string.Concat(halves.Select(h =>
                (figures.TryGetValue(h, out var f) && f.Figures.TryGetValue(key, out var x) ? x.ToString() : "n/a").PadLeft(cell))));
        Console.WriteLine();
    }
}
