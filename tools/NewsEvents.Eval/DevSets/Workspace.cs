using System.Text.Json;

namespace NewsEvents.Eval.DevSets;

/// <summary>
/// A temporary folder for the files the scorers read: each subset's gold lines (copied verbatim from the set) and its
/// prediction lines. Deleted with the run, so no record leaves ../shared except in /tmp while the run lasts.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("newsevents-eval-");

    /// <summary>Writes the gold and prediction files of one subset and returns their paths.</summary>
    public (string Gold, string Pred) Write<T>(string name, IEnumerable<(DevSetRecord Record, T Prediction)> subset)
    {
        var gold = Path.Combine(_dir.FullName, $"{name}.gold.jsonl");
        var pred = Path.Combine(_dir.FullName, $"{name}.pred.jsonl");
        using var g = new StreamWriter(gold);
        using var p = new StreamWriter(pred);
        foreach (var (r, x) in subset)
        {
            g.WriteLine(r.Line);
            p.WriteLine(JsonSerializer.Serialize(x));
        }
        return (gold, pred);
    }

    public string File(string name) => Path.Combine(_dir.FullName, name);

    public static void WritePredictions<T>(string path, IEnumerable<T> predictions) =>
        System.IO.File.WriteAllLines(path, predictions.Select(x => JsonSerializer.Serialize(x)));

    public void Dispose() => _dir.Delete(recursive: true);
}
