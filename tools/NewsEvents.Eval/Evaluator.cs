using System.Text.Json;
using System.Text.RegularExpressions;
using NewsEvents.Extraction;
using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Eval;

/// <summary>
/// Scores one article's extraction against its gold entry. Reads both gold styles: the dev set's prose descriptions
/// ("Saraqab": "Saraqib, SY (GeoNames 164816 ...)") and our own corpus's structured objects.
/// </summary>
internal sealed partial class Evaluator(Dictionary<string, Score> scores)
{
    private Score S(string field) => scores.TryGetValue(field, out var s) ? s : scores[field] = new Score(field);

    public void Article(string name, ExtractionResult x, JsonElement gold)
    {
        if (gold.TryGetProperty("locations", out var loc)) Locations(name, x, loc);
        if (gold.TryGetProperty("actors", out var act)) Actors(name, x, act);
        if (gold.TryGetProperty("tolls", out var tolls)) Tolls(name, x, tolls.GetProperty("must"));
        if (gold.TryGetProperty("claims", out var claims)) Claims(name, x, claims.GetProperty("must"));
        if (gold.TryGetProperty("dates", out var dates)) Dates(name, x, dates);
        if (gold.TryGetProperty("traps", out var traps)) Traps(name, x, traps);
        if (gold.TryGetProperty("cleaning", out var cleaning)) Cleaning(name, x, cleaning);
        if (gold.TryGetProperty("events", out var events) && events.TryGetProperty("must", out var em)) Events(name, x, em);
    }

    private void Locations(string name, ExtractionResult x, JsonElement loc)
    {
        var must = loc.GetProperty("must").EnumerateObject().ToList();
        foreach (var m in must)
        {
            var surface = Fuzzy.Key(m.Name);
            var hit = x.Locations.FirstOrDefault(l => Fuzzy.Key(l.Text) == surface || Fuzzy.Key(l.Name).Contains(surface) || Fuzzy.Key(l.Text).Contains(surface));
            S("locations").Expect(hit is not null, $"{name}: location '{m.Name}'");
            if (hit is null) continue;
            var (country, geonameId) = ExpectedPlace(m.Value);
            if (country is not null) S("locations.country").Expect(hit.Country == country, $"{name}: '{m.Name}' country {country} (got {hit.Country})");
            if (geonameId is not null) S("locations.geonameId").Expect(hit.GeonameId == geonameId, $"{name}: '{m.Name}' geonameId {geonameId} (got {hit.GeonameId} {hit.Name})");
        }
        foreach (var l in x.Locations)
            S("locations").Produced(must.Any(m => Fuzzy.Key(l.Text).Contains(Fuzzy.Key(m.Name)) || Fuzzy.Key(m.Name).Contains(Fuzzy.Key(l.Text))), $"{name}: location '{l.Text}' -> {l.Name}, {l.Country}", reportWrong: true);
    }

    private static (string? Country, int? GeonameId) ExpectedPlace(JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Object)
            return (v.TryGetProperty("country", out var c) ? c.GetString() : null, v.TryGetProperty("geonameId", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetInt32() : null);
        var s = v.GetString() ?? "";
        var id = GeonameRe().Match(s);
        var cc = CountryRe().Match(s);
        return (cc.Success ? cc.Groups[1].Value : null, id.Success ? int.Parse(id.Groups[1].Value) : null);
    }

    private void Actors(string name, ExtractionResult x, JsonElement act)
    {
        if (act.TryGetProperty("must", out var must))
        {
            var alternatives = new List<List<string>>();
            foreach (var m in must.EnumerateArray())
            {
                var alts = m.ValueKind == JsonValueKind.Object ? [Fuzzy.Key(m.GetProperty("keyword").GetString())] : Fuzzy.Alternatives(m.GetString()!);
                alternatives.Add(alts);
                var hit = x.Actors.FirstOrDefault(a => Fuzzy.Meets(alts, [a.Name, a.Text]));
                S("actors").Expect(hit is not null, $"{name}: actor '{(m.ValueKind == JsonValueKind.Object ? m.GetProperty("keyword").GetString() : m.GetString())}'");
                if (hit is not null && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("type", out var type))
                    S("actors.type").Expect(hit.Type == type.GetString(), $"{name}: actor '{hit.Name}' type {type.GetString()} (got {hit.Type})");
            }
            foreach (var a in x.Actors)
                S("actors").Produced(alternatives.Any(alts => Fuzzy.Meets(alts, [a.Name, a.Text])), $"{name}: actor '{a.Text}' -> {a.Name} ({a.Type})");
        }
        if (act.TryGetProperty("people", out var people))
        {
            foreach (var p in people.EnumerateArray())
            {
                var full = p.ValueKind == JsonValueKind.Object ? p.GetProperty("name").GetString()! : p.GetString()!;
                var surname = Fuzzy.Key(full.Split('(')[0]).Split(' ').Last();
                S("people").Expect(x.People.Any(q => Fuzzy.Key(q.Name).Split(' ').Contains(surname)), $"{name}: person '{full}'");
            }
        }
    }

    private void Tolls(string name, ExtractionResult x, JsonElement must)
    {
        var gold = must.EnumerateArray().ToList();
        var used = new HashSet<TollResult>();
        foreach (var g in gold)
        {
            var kind = GoldKind(g.GetProperty("kind").GetString()!);
            int? count = g.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null;
            var vague = g.TryGetProperty("vague", out var v) ? v.GetString() : null;
            var what = $"{name}: {kind} {(count?.ToString() ?? vague)}";
            var hit = x.Tolls.FirstOrDefault(t => !used.Contains(t) && KindMeets(kind, t.Kind) &&
                (count is not null ? t.Best == count || t.Min == count || t.Max == count : Fuzzy.Key(t.Vague) == Fuzzy.Key(vague)));
            S("tolls").Expect(hit is not null, "toll " + what);
            if (hit is null) continue;
            used.Add(hit);
            if (g.TryGetProperty("victims", out var victims))
            {
                var head = Fuzzy.Key(victims.GetString()!.Split(',')[0].Split('(')[0]).Split(' ').Last().Trim('\'').TrimEnd('s');
                // "both sides" is where the text says whose dead, not who: the toll's Side holds it
                S("tolls.victims").Expect(Fuzzy.Key(hit.Victims).Contains(head) || Fuzzy.Key(hit.Side).Contains(head), $"{what} victims '{head}' (got '{hit.Victims}', side '{hit.Side}')");
            }
            if (g.TryGetProperty("qualifier", out var q) && q.ValueKind == JsonValueKind.String && count is not null)
            {
                var want = Fuzzy.Key(q.GetString()!.Split('(')[0]).Replace(' ', '_');
                S("tolls.qualifier").Expect(want == (hit.Qualifier ?? ""), $"{what} qualifier {want} (got {hit.Qualifier})");
            }
            if (g.TryGetProperty("including", out var inc))
                foreach (var i in inc.EnumerateArray())
                {
                    var n = i.GetProperty("count").GetInt32();
                    S("tolls.includes").Expect(hit.Includes.Any(p => p.Best == n || p.Min == n), $"{what} includes {n}");
                }
            if (g.TryGetProperty("attributedTo", out var by) && by.ValueKind == JsonValueKind.String && !by.GetString()!.StartsWith("unattributed"))
                S("tolls.attribution").Expect(Fuzzy.Meets(Fuzzy.Alternatives(by.GetString()!), [hit.AttributedTo]) || Surname(by.GetString()!, hit.AttributedTo),
                    $"{what} attributed to '{by.GetString()}' (got '{hit.AttributedTo}')");
        }
        foreach (var t in x.Tolls)
            S("tolls").Produced(used.Contains(t), $"{name}: toll {t.Kind} {t.Best?.ToString() ?? t.Vague} {t.Victims} '{x.CleanText[t.Span.Start..t.Span.End]}'");
    }

    private static bool Surname(string gold, string? got) =>
        got is not null && Fuzzy.Key(gold).Split(' ').Any(w => w.Length > 3 && Fuzzy.Key(got).Split(' ').Contains(w));

    private static string GoldKind(string kind)
    {
        var k = Fuzzy.Key(kind);
        if (k.Contains("casualt") || (k.Contains("kill") && (k.Contains("wound") || k.Contains("injur")))) return "killed_or_injured";
        return k.Replace(' ', '_');
    }

    private static bool KindMeets(string gold, string got) => gold == got || (gold == "abducted" && got == "captured") || (gold == "captured" && got == "abducted");

    [GeneratedRegex(@"GeoNames (\d+)")] private static partial Regex GeonameRe();
    [GeneratedRegex(@"\b([A-Z]{2})\b")] private static partial Regex CountryRe();
}
