using System.Text.Json;
using System.Text.RegularExpressions;
using NewsEvents.Extraction;

namespace NewsEvents.Eval;

internal sealed partial class Evaluator
{
    private static readonly Dictionary<string, int> NumberWords = new()
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fifteen"] = 15, ["twenty"] = 20,
    };

    // A trap is hit when a top-level toll carries the trap's number (or its vague word: "Thousands of insurgents").
    private void Traps(string name, ExtractionResult x, JsonElement traps)
    {
        var numbers = new HashSet<int>();
        var words = new HashSet<string>();
        if (traps.ValueKind == JsonValueKind.Object && traps.TryGetProperty("numbers", out var ns))
            foreach (var n in ns.EnumerateArray()) numbers.Add(n.GetInt32());
        else if (traps.ValueKind == JsonValueKind.Array)
            foreach (var t in traps.EnumerateArray())
            {
                var phrase = t.GetString()!.Split('(')[0];
                foreach (Match m in DigitsRe().Matches(phrase)) numbers.Add(int.Parse(m.Value.Replace(",", "")));
                foreach (var w in Fuzzy.Key(phrase).Split(' '))
                {
                    if (NumberWords.TryGetValue(w, out var n)) numbers.Add(n);
                    if (w is "thousands" or "hundreds" or "dozens") words.Add(w);
                }
            }
        foreach (var t in x.Tolls)
        {
            var hit = t.Best is { } b && numbers.Contains(b) || t.Min is { } m && numbers.Contains(m) || t.Vague is { } v && words.Contains(Fuzzy.Key(v));
            S("traps avoided").Expect(!hit, $"{name}: trap taken as a toll: {t.Kind} {t.Best?.ToString() ?? t.Vague} '{x.CleanText[t.Span.Start..t.Span.End]}'");
        }
    }

    private void Cleaning(string name, ExtractionResult x, JsonElement cleaning)
    {
        if (cleaning.TryGetProperty("firstBodyWordsStartWith", out var first))
            S("cleaning").Expect(x.CleanText.TrimStart().StartsWith(first.GetString()!, StringComparison.Ordinal), $"{name}: body starts with '{first.GetString()}' (got '{x.CleanText[..Math.Min(40, x.CleanText.Length)]}')");
        if (cleaning.TryGetProperty("title", out var title))
            S("cleaning").Expect(Fuzzy.Key(x.Title) == Fuzzy.Key(title.GetString()), $"{name}: title '{title.GetString()}' (got '{x.Title}')");
        if (cleaning.TryGetProperty("publisher", out var publisher))
            S("cleaning").Expect(Fuzzy.Key(x.Source) == Fuzzy.Key(publisher.GetString()), $"{name}: publisher '{publisher.GetString()}' (got '{x.Source}')");
        if (cleaning.TryGetProperty("mustNotContain", out var banned))
            foreach (var b in banned.EnumerateArray())
                S("cleaning").Expect(!x.CleanText.Contains(b.GetString()!, StringComparison.OrdinalIgnoreCase), $"{name}: clean text still contains '{b.GetString()}'");
        if (cleaning.TryGetProperty("htmlRemoved", out _))
            S("cleaning").Expect(!x.CleanText.Contains('<') && !x.CleanText.Contains("href"), $"{name}: HTML tags removed");
    }

    private void Events(string name, ExtractionResult x, JsonElement must)
    {
        var matched = new HashSet<EventResult>();
        foreach (var g in must.EnumerateArray())
        {
            var type = g.GetProperty("type").GetString();
            var range = g.TryGetProperty("date", out var d) ? d.GetString()!.Split("..") : null;
            var date = range is null ? null : (DateOnly?)GoldDay(range[0]).Start;
            var last = range is null ? null : range.Length > 1 ? GoldDay(range[1]).Start : GoldDay(range[0]).End ?? date;
            var place = g.TryGetProperty("location", out var l) ? Fuzzy.Key(l.GetString()) : null;
            var hit = x.Events.FirstOrDefault(e => e.Type == type && (date is null || e.Date >= date && e.Date <= last) &&
                (place is null || Fuzzy.Key(e.Location?.Name).Contains(place) || Fuzzy.Key(e.Location?.Text).Contains(place)));
            S("events").Expect(hit is not null, $"{name}: event {type} {date} {place}");
            if (hit is not null) matched.Add(hit);
            if (hit is not null && g.TryGetProperty("fatalities", out var f) && f.ValueKind == JsonValueKind.Number)
                S("events.fatalities").Expect(hit.Fatalities == f.GetInt32(), $"{name}: event {type} fatalities {f.GetInt32()} (got {hit.Fatalities})");
        }
        // Gold lists an article's incidents, so an extracted event matching none of them counts against precision.
        foreach (var e in x.Events)
            S("events").Produced(matched.Contains(e), $"{name}: event {e.Type} {e.Date} {e.Location?.Name}: {e.Summary[..Math.Min(60, e.Summary.Length)]}", reportWrong: false);
    }

    [GeneratedRegex(@"\d[\d,]*")] private static partial Regex DigitsRe();
}
