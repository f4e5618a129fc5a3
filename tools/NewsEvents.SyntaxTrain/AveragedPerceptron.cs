using NewsEvents.Extraction.Syntax;

namespace NewsEvents.SyntaxTrain;

/// <summary>
/// Training-time perceptron weights with lazy averaging (each weight remembers when it last changed). Rows are
/// sparse: a feature only holds the classes it was ever updated for, which keeps the parser's ~100 classes cheap.
/// </summary>
internal sealed class AveragedPerceptron(int classCount)
{
    private readonly Dictionary<uint, int> _rowOf = new();
    private readonly List<Row> _rows = [];
    private long _instances; // predictions made so far: the clock of the averaging

    public int ClassCount { get; } = classCount;

    private sealed class Row
    {
        public byte[] Classes = new byte[2];
        public float[] Weights = new float[2];
        public double[] Totals = new double[2];
        public long[] Stamps = new long[2];
        public int Count;
    }

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        foreach (var f in features)
        {
            if (!_rowOf.TryGetValue(f, out var r)) continue;
            var row = _rows[r];
            for (var j = 0; j < row.Count; j++) scores[row.Classes[j]] += row.Weights[j];
        }
    }

    /// <summary>Counts one prediction; call once per scored instance, whether or not it is updated.</summary>
    public void Tick() => _instances++;

    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            var row = RowOf(f);
            Add(row, truth, 1);
            Add(row, guess, -1);
        }
    }

    private Row RowOf(uint f)
    {
        if (_rowOf.TryGetValue(f, out var r)) return _rows[r];
        var row = new Row();
        _rowOf[f] = _rows.Count;
        _rows.Add(row);
        return row;
    }

    private void Add(Row row, int cls, float delta)
    {
        var j = Array.IndexOf(row.Classes, (byte)cls, 0, row.Count);
        if (j < 0)
        {
            if (row.Count == row.Classes.Length)
            {
                var size = row.Count * 2;
                Array.Resize(ref row.Classes, size);
                Array.Resize(ref row.Weights, size);
                Array.Resize(ref row.Totals, size);
                Array.Resize(ref row.Stamps, size);
            }
            j = row.Count++;
            row.Classes[j] = (byte)cls;
            row.Stamps[j] = _instances;
        }
        row.Totals[j] += (_instances - row.Stamps[j]) * (double)row.Weights[j];
        row.Stamps[j] = _instances;
        row.Weights[j] += delta;
    }

    /// <summary>
    /// The averaged weights as a runtime table: quantised against the largest one, entries whose average is below
    /// <paramref name="prune"/> dropped (with them, features left with no entry).
    /// </summary>
    public WeightTable Export(double prune)
    {
        var averages = new List<(uint Key, (byte, double)[] Row)>(_rows.Count);
        double max = 1e-9;
        foreach (var (key, r) in _rowOf.OrderBy(p => p.Key))
        {
            var row = _rows[r];
            var entries = new List<(byte, double)>(row.Count);
            for (var j = 0; j < row.Count; j++)
            {
                var total = row.Totals[j] + (_instances - row.Stamps[j]) * (double)row.Weights[j];
                var avg = total / Math.Max(1, _instances);
                if (Math.Abs(avg) < prune) continue;
                entries.Add((row.Classes[j], avg));
                max = Math.Max(max, Math.Abs(avg));
            }
            if (entries.Count > 0) averages.Add((key, entries.OrderBy(e => e.Item1).ToArray()));
        }
        var scale = WeightTable.QuantMax / max;
        var rows = new List<(uint, (byte, int)[])>(averages.Count);
        foreach (var (key, row) in averages)
        {
            var q = row.Select(e => (e.Item1, (int)Math.Round(e.Item2 * scale))).Where(e => e.Item2 != 0).ToArray();
            if (q.Length > 0) rows.Add((key, q));
        }
        return new WeightTable(ClassCount, rows);
    }

    public int FeatureCount => _rows.Count;
}
