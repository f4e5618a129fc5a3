using System.Text.Json;
using NewsEvents.Extraction;
using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Eval;

internal sealed partial class Evaluator
{
    private void Claims(string name, ExtractionResult x, JsonElement must)
    {
        var gold = must.EnumerateArray().ToList();
        var matched = new HashSet<ClaimResult>();
        foreach (var g in gold)
        {
            var speaker = g.GetProperty("speaker").GetString()!;
            var alts = Fuzzy.Alternatives(speaker);
            var hits = x.Claims.Where(c => Fuzzy.Meets(alts, [c.Speaker, c.SpeakerActor]) || Surname(speaker, c.Speaker)).ToList();
            S("claims").Expect(hits.Count > 0, $"{name}: claim by '{speaker}'");
            matched.UnionWith(hits);
            if (hits.Count > 0 && g.TryGetProperty("stance", out var stance))
                S("claims.stance").Expect(hits.Any(h => h.Stance == stance.GetString()), $"{name}: claim by '{speaker}' stance {stance.GetString()} (got {string.Join(",", hits.Select(h => h.Stance))})");
            if (hits.Count > 0 && g.TryGetProperty("direct", out var direct) && direct.ValueKind is JsonValueKind.True or JsonValueKind.False)
                S("claims.direct").Expect(hits.Any(h => h.Direct == direct.GetBoolean()), $"{name}: claim by '{speaker}' direct={direct.GetBoolean()}");
        }
        foreach (var c in x.Claims)
            S("claims").Produced(matched.Contains(c), $"{name}: claim by '{c.Speaker}' ({c.Stance}): {Short(c.Text)}", reportWrong: false);
    }

    // Dates are not in the result contract on their own, so the stage is run on the cleaned text here.
    private void Dates(string name, ExtractionResult x, JsonElement dates)
    {
        var mentions = DateFinder.Find(TextAnalyzer.Analyze(x.CleanText), x.PublishedAt);
        foreach (var d in dates.EnumerateObject())
        {
            var expr = Fuzzy.Key(d.Name);
            var value = d.Value.GetString()!;
            var range = value.Split("..");
            var (start, impliedEnd) = GoldDay(range[0]);
            DateOnly? end = range.Length > 1 ? range[1].Length > 0 ? GoldDay(range[1]).End : null : impliedEnd;
            var candidates = mentions.Where(m => Fuzzy.Key(x.CleanText[m.Span.Start..m.Span.End]).Contains(expr) || expr.Contains(Fuzzy.Key(x.CleanText[m.Span.Start..m.Span.End]))).ToList();
            var ok = candidates.Any(m => m.Start == start && (end is null || m.End == end));
            S("dates").Expect(ok, $"{name}: '{d.Name}' = {value} (got {string.Join(", ", candidates.Select(m => $"{m.Start}..{m.End}"))})");
        }
    }

    // "2025-05-14" is a day; "2025-04" a month and "2025" a year, each the range of its days.
    private static (DateOnly Start, DateOnly? End) GoldDay(string s)
    {
        var parts = s.Split('-').Select(int.Parse).ToArray();
        return parts.Length switch
        {
            3 => (new DateOnly(parts[0], parts[1], parts[2]), null),
            2 => (new DateOnly(parts[0], parts[1], 1), new DateOnly(parts[0], parts[1], 1).AddMonths(1).AddDays(-1)),
            _ => (new DateOnly(parts[0], 1, 1), new DateOnly(parts[0], 12, 31)),
        };
    }

    private static string Short(string s) => s.Length <= 70 ? s : s[..67] + "...";
}
