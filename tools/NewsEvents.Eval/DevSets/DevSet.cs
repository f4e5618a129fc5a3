using NewsEvents.Extraction;

namespace NewsEvents.Eval.DevSets;

/// <summary>What the scorer printed for one subset, with the figures read from it.</summary>
internal sealed record ScorerFigures(IReadOnlyDictionary<string, Figure> Figures, string Output);

/// <summary>
/// A development set scored by one of the shared scorers: how an extraction becomes a prediction line, how the
/// scorer is run and read, and the same judgement in C# per record (for misses and to check the reading).
/// </summary>
internal abstract class DevSet<T> where T : notnull
{
    public abstract string Name { get; }

    /// <summary>The set's file under the shared folder.</summary>
    public abstract string DefaultFile { get; }

    /// <summary>The scorer under the shared folder.</summary>
    public abstract string Scorer { get; }

    /// <summary>The table's rows: the scorer's metric key and a short label.</summary>
    public abstract IReadOnlyList<(string Key, string Label)> Rows { get; }

    public abstract IReadOnlyList<string> MissFields { get; }

    /// <summary>Rows the scorer does not print, counted by <see cref="Judge"/> alone (the issue's own measures).</summary>
    public virtual IReadOnlyList<(string Key, string Label)> OwnRows => [];

    public abstract T Predict(string id, ExtractionResult? x);

    public abstract ScorerFigures Score(string scorer, string gold, string pred, Workspace work);

    /// <summary>Adds one record's hits to the tally, under the scorer's metric keys.</summary>
    public abstract void Judge(DevSetRecord r, T p, Tally t);

    /// <summary>Gold against prediction for a record that misses <paramref name="field"/>, else null.</summary>
    public abstract string? Miss(string field, DevSetRecord r, T p);

    /// <summary>The scorer's per-country figures over the subset, as lines to print.</summary>
    public abstract IEnumerable<string> ByCountry(string scorer, IReadOnlyList<(DevSetRecord Record, T Prediction)> subset, Workspace work);
}
