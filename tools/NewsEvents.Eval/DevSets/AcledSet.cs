using System.Text.Json;
using NewsEvents.Extraction;

namespace NewsEvents.Eval.DevSets;

/// <summary>ACLED event notes scored by score-acled: places, actors, fatalities, date and type per note.</summary>
internal sealed class AcledSet : DevSet<AcledPrediction>
{
    public override string Name => "acled";
    public override string DefaultFile => Path.Combine("corpus", "acled-dev", "dev.jsonl");
    public override string Scorer => Path.Combine("tools", "score-acled");

    public override IReadOnlyList<(string Key, string Label)> Rows { get; } =
    [
        ("loc", "location recall"),
        ("loc_in_text", "  ... where the place is in the text"),
        ("actor", "actor recall (actor1+2)"),
        ("fatal_exact", "fatalities exact (gold>0)"),
        ("fatal_within10", "fatalities within 10%"),
        ("fatal_fp", "fatalities false-pos. (gold=0)"),
        ("date", "event date"),
        ("etype", "event type"),
        ("subtype", "sub-type (where predicted)"),
    ];

    public override IReadOnlyList<string> MissFields { get; } = ["location", "actor", "fatalities", "date", "dateyear", "type", "subtype"];

    public override AcledPrediction Predict(string id, ExtractionResult? x) => AcledPrediction.Of(id, x);

    // The figures come from the scorer's --json file, not from its text: same numbers, nothing to parse by column.
    public override ScorerFigures Score(string scorer, string gold, string pred, Workspace work)
    {
        var json = work.File(Path.GetFileName(gold) + ".figures.json");
        var output = ScorerProcess.Run(scorer, "--gold", gold, "--pred", pred, "--json", json);
        // Python writes NaN for a metric with no records, which is not JSON.
        using var doc = JsonDocument.Parse(File.ReadAllText(json).Replace("NaN", "null"));
        var figures = doc.RootElement.GetProperty("metrics").EnumerateObject().ToDictionary(m => m.Name, m =>
            new Figure(m.Value.GetProperty("rate") is { ValueKind: JsonValueKind.Number } r ? r.GetDouble() : double.NaN, m.Value.GetProperty("n").GetInt32()));
        return new ScorerFigures(figures, output);
    }

    public override void Judge(DevSetRecord r, AcledPrediction p, Tally t)
    {
        AcledJudgement.Judge(r.Gold, p, t);
        // the issue's date target counts the records whose text gives the event's year: without it no reader could date them
        if (AcledJudgement.Str(r.Gold, "event_date") is { Length: >= 4 } gold && YearStated(r.Text, gold[..4])) t.Add("date_year", p.EventDate == gold);
    }

    public override IReadOnlyList<(string Key, string Label)> OwnRows { get; } = [("date_year", "event date, year in text")];

    private static bool YearStated(string text, string year)
    {
        for (var i = text.IndexOf(year, StringComparison.Ordinal); i >= 0; i = text.IndexOf(year, i + 1, StringComparison.Ordinal))
            if ((i == 0 || !char.IsDigit(text[i - 1])) && (i + 4 >= text.Length || !char.IsDigit(text[i + 4]))) return true;
        return false;
    }

    public override string? Miss(string field, DevSetRecord r, AcledPrediction p)
    {
        var t = new Tally();
        Judge(r, p, t);
        bool Missed(string key) => t[key] is { N: > 0 } f && f.Rate < 1;
        var g = r.Gold;
        return field switch
        {
            "location" when Missed("loc") => $"gold {List(AcledJudgement.Strings(g, "locations"))} | predicted {List(p.Locations)}",
            "actor" when Missed("actor") => $"gold {List(AcledJudgement.GoldActors(g))} | predicted {List(p.Actors)}",
            "fatalities" when Missed("fatal_exact") || t["fatal_fp"] is { N: > 0, Rate: > 0 } =>
                $"gold {AcledJudgement.Str(g, "fatalities")} | predicted {p.Fatalities?.ToString() ?? "null"}",
            "dateyear" when Missed("date_year") => $"gold {AcledJudgement.Str(g, "event_date")} | predicted {p.EventDate ?? "null"}",
            "date" when Missed("date") => $"gold {AcledJudgement.Str(g, "event_date")} | predicted {p.EventDate ?? "null"}",
            "type" when Missed("etype") => $"gold {AcledJudgement.Str(g, "event_type")} / {AcledJudgement.Str(g, "sub_event_type")} | predicted {p.EventType ?? "null"} / {p.SubEventType ?? "null"}",
            "subtype" when Missed("subtype") => $"gold {AcledJudgement.Str(g, "event_type")} / {AcledJudgement.Str(g, "sub_event_type")} | predicted {p.EventType} / {p.SubEventType}",
            _ => null,
        };
    }

    public override IEnumerable<string> ByCountry(string scorer, IReadOnlyList<(DevSetRecord Record, AcledPrediction Prediction)> subset, Workspace work)
    {
        var (gold, pred) = work.Write("by-country", subset);
        var output = ScorerProcess.Run(scorer, "--gold", gold, "--pred", pred, "--by", "country");
        // The breakdown runs from its heading to the blank line before the summary.
        return output.Split('\n').SkipWhile(l => !l.StartsWith("breakdown by", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0);
    }

    private static string List(IEnumerable<string> names) => "[" + string.Join("; ", names) + "]";
}
