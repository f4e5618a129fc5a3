namespace NewsEvents.Eval.DevSets;

/// <summary>One figure: hits over the records (or names) it is measured on, as the scorers print it.</summary>
internal readonly record struct Figure(double Rate, int N)
{
    public override string ToString() => N == 0 ? "n/a" : $"{Rate:0.000} (n={N})";
}

/// <summary>Hits and trials per metric key, the way score-acled's Acc counts them.</summary>
internal sealed class Tally
{
    private readonly Dictionary<string, (int Hit, int N)> _counts = [];

    public void Add(string key, bool hit)
    {
        var (h, n) = _counts.GetValueOrDefault(key);
        _counts[key] = (h + (hit ? 1 : 0), n + 1);
    }

    public Figure this[string key] => _counts.TryGetValue(key, out var c) && c.N > 0 ? new Figure((double)c.Hit / c.N, c.N) : new Figure(double.NaN, 0);

    public IEnumerable<string> Keys => _counts.Keys;
}
