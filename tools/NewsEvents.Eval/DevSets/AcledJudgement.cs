using System.Text.Json;

namespace NewsEvents.Eval.DevSets;

/// <summary>
/// score-acled's <c>score()</c> for one record: which metric keys it counts in and whether each is a hit. Names are
/// judged with <see cref="AcledNames"/>; a miss can then be shown with its gold and prediction.
/// </summary>
internal static class AcledJudgement
{
    public static void Judge(JsonElement gold, AcledPrediction p, Tally t)
    {
        var ploc = p.Locations.Select(AcledNames.Norm).ToList();
        var pact = p.Actors.Select(AcledNames.PredictedActor).ToList();

        var locations = Strings(gold, "locations");
        var inText = Bool(gold, "location_in_text");
        foreach (var loc in locations)
        {
            var hit = AcledNames.Match(AcledNames.LocationVariants(loc), ploc);
            t.Add("loc", hit);
            if (inText) t.Add("loc_in_text", hit);
        }
        var admin1 = Str(gold, "admin1");
        if (!string.IsNullOrEmpty(admin1)) t.Add("admin1", AcledNames.Match(AcledNames.LocationVariants(admin1), ploc));
        t.Add("loc_or_admin", locations.Append(Str(gold, "admin2")).Append(admin1).Where(x => !string.IsNullOrEmpty(x))
            .Any(x => AcledNames.Match(AcledNames.LocationVariants(x), ploc)));

        var actors = GoldActors(gold);
        for (var i = 0; i < actors.Count; i++)
        {
            var hit = AcledNames.Match(AcledNames.ActorVariants(actors[i]), pact);
            t.Add("actor", hit);
            if (i == 0) t.Add("actor1", hit);
        }

        var gf = gold.TryGetProperty("fatalities", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : (int?)null;
        var pf = p.Fatalities;
        if (gf > 0)
        {
            t.Add("fatal_exact", pf == gf);
            t.Add("fatal_within10", pf is not null && Math.Abs(pf.Value - gf.Value) <= 0.1 * gf.Value);
            t.Add("fatal_predicted_when_pos", pf > 0);
            if (!Bool(gold, "fatalities_adjusted_by_coder")) t.Add("fatal_exact_clean", pf == gf);
        }
        else if (gf == 0)
        {
            t.Add("fatal_fp", pf > 0);
            t.Add("fatal_zero_ok", pf is null or 0);
        }

        var gd = Str(gold, "event_date");
        t.Add("date", p.EventDate == gd);
        t.Add("date_predicted", p.EventDate is not null);
        if (gold.TryGetProperty("time_precision", out var tp) && tp.ValueKind == JsonValueKind.Number && tp.GetDouble() == 1) t.Add("date_exactday", p.EventDate == gd);

        var gt = Str(gold, "event_type");
        if (!string.IsNullOrEmpty(gt))
            t.Add("etype", !string.IsNullOrEmpty(p.EventType) && (AcledNames.NormType(p.EventType) == AcledNames.NormType(gt) || AcledNames.NormType(p.EventType) == AcledNames.NormType(Str(gold, "event_type_raw") ?? "")));
        var gs = Str(gold, "sub_event_type");
        if (!string.IsNullOrEmpty(gs) && p.SubEventType is not null) t.Add("subtype", AcledNames.NormType(p.SubEventType) == AcledNames.NormType(gs));
    }

    /// <summary>actor1 and actor2, or the <c>actors</c> list when both are empty.</summary>
    public static List<string> GoldActors(JsonElement gold)
    {
        var pair = new[] { Str(gold, "actor1"), Str(gold, "actor2") }.Where(a => !string.IsNullOrEmpty(a)).Select(a => a!).ToList();
        return pair.Count > 0 ? pair : Strings(gold, "actors");
    }

    public static List<string> Strings(JsonElement gold, string key) =>
        gold.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.ToString()).ToList() : [];

    public static string? Str(JsonElement gold, string key) =>
        gold.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : null;

    private static bool Bool(JsonElement gold, string key) => gold.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.True;
}
