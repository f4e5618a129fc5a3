using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsEvents.Extraction;

namespace NewsEvents.Eval.DevSets;

/// <summary>WAD event summaries scored by score-wad: exact match of the number killed.</summary>
internal sealed partial class WadSet : DevSet<WadPrediction>
{
    /// <summary>Countries with fewer records than this are pooled into one "other" row of the breakdown.</summary>
    private const int CountryRowMinimum = 10;

    public override string Name => "wad";
    public override string DefaultFile => Path.Combine("corpus", "wad-dev", "dev.jsonl");
    public override string Scorer => Path.Combine("tools", "score-wad");

    public override IReadOnlyList<(string Key, string Label)> Rows { get; } =
    [
        ("exact", "WAD exact match"),
        ("exact_stated", "  ... count stated in text"),
    ];

    public override IReadOnlyList<string> MissFields { get; } = ["count"];

    public override WadPrediction Predict(string id, ExtractionResult? x) => WadPrediction.Of(id, x);

    // score-wad has no JSON output: its table row "WAD  n  acc  correct missing null invalid | stated-acc (n=..)" is read,
    // and the docstring's guaranteed last line "WAD=<acc>" must agree with it.
    public override ScorerFigures Score(string scorer, string gold, string pred, Workspace work)
    {
        var output = ScorerProcess.Run(scorer, "--gold", gold, "--pred", pred);
        var row = WadRow().Match(output);
        var last = LastLine().Match(output);
        if (!row.Success || !last.Success)
            throw new ScorerException("score-wad printed no WAD row or summary line:\n" + output);
        int N(int group) => int.Parse(row.Groups[group].Value, CultureInfo.InvariantCulture);
        var n = N(1);
        var exact = new Figure(n == 0 ? double.NaN : (double)N(2) / n, n);
        if (Math.Abs(exact.Rate - double.Parse(last.Groups[1].Value, CultureInfo.InvariantCulture)) > 0.0005)
            throw new ScorerException("score-wad's WAD row and summary line disagree:\n" + output);
        var stated = N(4);
        var figures = new Dictionary<string, Figure>
        {
            ["exact"] = exact,
            ["exact_stated"] = new Figure(stated == 0 ? double.NaN : double.Parse(row.Groups[3].Value, CultureInfo.InvariantCulture), stated),
        };
        return new ScorerFigures(figures, output);
    }

    public override void Judge(DevSetRecord r, WadPrediction p, Tally t)
    {
        var hit = (p.Count ?? 0) == r.Gold.GetProperty("count").GetInt32();
        t.Add("exact", hit);
        if (r.Gold.TryGetProperty("stated", out var s) && s.ValueKind == JsonValueKind.True) t.Add("exact_stated", hit);
    }

    public override string? Miss(string field, DevSetRecord r, WadPrediction p) =>
        field == "count" && (p.Count ?? 0) != r.Gold.GetProperty("count").GetInt32()
            ? $"gold {r.Gold.GetProperty("count").GetInt32()} | predicted {p.Count?.ToString() ?? "null"}" : null;

    // score-wad has no --by: each country's records are scored as a gold file of their own.
    public override IEnumerable<string> ByCountry(string scorer, IReadOnlyList<(DevSetRecord Record, WadPrediction Prediction)> subset, Workspace work)
    {
        var groups = subset.GroupBy(x => x.Record.Country).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var rows = groups.Where(g => g.Count() >= CountryRowMinimum).Select(g => (Name: g.Key, Items: g.ToList())).ToList();
        var small = groups.Where(g => g.Count() < CountryRowMinimum).ToList();
        if (small.Count > 0) rows.Add(($"other ({small.Count} countries)", small.SelectMany(g => g).ToList()));
        yield return $"breakdown by country (score-wad per country; under {CountryRowMinimum} records pooled):";
        yield return $"{"country",-24} {"n",5} {"exact",8} {"stated",8}";
        foreach (var (name, items) in rows)
        {
            var (gold, pred) = work.Write("country", items);
            var f = Score(scorer, gold, pred, work).Figures;
            yield return $"{name,-24} {items.Count,5} {Two(f["exact"]),8} {Two(f["exact_stated"]),8}";
        }
    }

    private static string Two(Figure f) => f.N == 0 ? "n/a" : f.Rate.ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^WAD\s+(\d+)\s+[\d.]+\s+(\d+)\s+\d+\s+\d+\s+\d+\s+\|\s+([\d.]+|nan) \(n=(\d+)\)", RegexOptions.Multiline)]
    private static partial Regex WadRow();

    [GeneratedRegex(@"^WAD=([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex LastLine();
}
