using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Picks where a sentence's event happened among the places it names: the most specific place, close to the trigger
/// and introduced as a location ("in", "near", "the town of"), not a dateline ("GOMA, Congo -") or a destination ("towards X").
/// </summary>
internal static class PlaceChooser
{
    private static readonly HashSet<string> LocativeCues = ["in", "at", "near", "around", "outside", "inside", "of", "on", "into", "from", "over", "across", "throughout"];

    // "attacks across the Sahel", "throughout the region": a spread, not where one event happened
    private static readonly HashSet<string> SpreadCues = ["across", "throughout"];
    private static readonly HashSet<string> DirectionCues = ["towards", "toward", "to", "for"];

    /// <param name="aggregate">The sentence counts a toll: "43 killed across the Gaza Strip" is coded where the toll was counted.</param>
    public static LocationResult? Choose(Sentence sentence, TextSpan trigger, IReadOnlyList<(TextSpan Span, LocationResult Place)> places, string text, bool aggregate)
    {
        LocationResult? best = null;
        var bestScore = double.MinValue;
        foreach (var (span, place) in places)
        {
            if (!aggregate && Spread(sentence, span) || Destination(sentence, span)) continue;
            var score = Specificity(place.Precision) + Cue(sentence, span, text) - Distance(sentence, span, trigger) / 8.0;
            if (score > bestScore) { bestScore = score; best = place; }
        }
        return best;
    }

    private static readonly HashSet<string> PlaceNouns = ["province", "region", "district", "town", "city", "village", "area", "county", "state", "locality", "neighbourhood", "neighborhood", "camp"];

    /// <summary>"seized two hilltops in the province": the sentence names its place as one told just before.</summary>
    public static bool PointsBack(Sentence sentence)
    {
        var t = sentence.Tokens;
        for (var i = 1; i + 1 < t.Count; i++)
            if (t[i].Norm is "the" or "that" && PlaceNouns.Contains(t[i + 1].Norm) && t[i - 1].Norm is "in" or "near" or "at" or "around" or "outside" or "inside")
                return true;
        return false;
    }

    public static int Specificity(string precision) => precision switch
    {
        "facility" => 6,
        "village" => 5,
        "town" or "city" => 4,
        "unresolved" => 3,
        "admin1" => 2,
        "country" => 1,
        _ => 0,
    };

    private static double Cue(Sentence sentence, TextSpan span, string text)
    {
        var i = sentence.TokenIndexAt(span.Start);
        if (i < 0) return 0;
        // A dateline: the sentence opens with the place in capitals, then a comma or a dash.
        if (i == 0 && IsAllCaps(sentence.Tokens[0].Span.Of(text))) return -5;
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            var norm = sentence.Tokens[k].Norm;
            if (DirectionCues.Contains(norm)) return -1.5;
            if (LocativeCues.Contains(norm)) return 2;
        }
        return 0;
    }

    // "taken to the hospital in Debre Markos", "flown to Ouagadougou": where the wounded were brought, not where they were hurt
    private static readonly HashSet<string> Carried = ["taken", "rushed", "flown", "evacuated", "admitted", "transported", "brought", "transferred", "airlifted"];

    private static readonly HashSet<string> Reached = ["reached", "reaching", "fled", "fleeing", "arrived", "headed", "heading", "streamed"];

    private static bool Destination(Sentence sentence, TextSpan span)
    {
        var i = sentence.TokenIndexAt(span.Start);
        for (var k = i - 1; k >= Math.Max(1, i - 6); k--)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punct && !sentence.Tokens[k].IsHyphen) return false;
            if (sentence.Tokens[k].Norm == "to" && Carried.Contains(sentence.Tokens[k - 1].Norm) || Reached.Contains(sentence.Tokens[k].Norm)) return true;
        }
        return false;
    }

    private static bool Spread(Sentence sentence, TextSpan span)
    {
        var i = sentence.TokenIndexAt(span.Start);
        for (var k = i - 1; k >= Math.Max(0, i - 2); k--)
            if (SpreadCues.Contains(sentence.Tokens[k].Norm)) return true;
        return false;
    }

    private static double Distance(Sentence sentence, TextSpan span, TextSpan trigger)
    {
        var a = sentence.TokenIndexAt(span.Start);
        var b = sentence.TokenIndexAt(trigger.Start);
        return a < 0 || b < 0 ? 0 : Math.Abs(a - b);
    }

    private static bool IsAllCaps(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
