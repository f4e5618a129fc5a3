using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Picks where a sentence's event happened among the places it names: the most specific place, close to the trigger
/// and introduced as a location ("in", "near", "the town of"), not a dateline ("GOMA, Congo -") or a destination ("towards X").
/// </summary>
internal static class PlaceChooser
{
    private static readonly HashSet<string> LocativeCues = ["in", "at", "near", "around", "across", "outside", "inside", "of", "on", "into", "from", "over", "throughout"];
    private static readonly HashSet<string> DirectionCues = ["towards", "toward", "to", "for"];

    public static LocationResult? Choose(Sentence sentence, TextSpan trigger, IReadOnlyList<(TextSpan Span, LocationResult Place)> places, string text)
    {
        LocationResult? best = null;
        var bestScore = double.MinValue;
        foreach (var (span, place) in places)
        {
            var score = Specificity(place.Precision) + Cue(sentence, span, text) - Distance(sentence, span, trigger) / 8.0;
            if (score > bestScore) { bestScore = score; best = place; }
        }
        return best;
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

    private static double Distance(Sentence sentence, TextSpan span, TextSpan trigger)
    {
        var a = sentence.TokenIndexAt(span.Start);
        var b = sentence.TokenIndexAt(trigger.Start);
        return a < 0 || b < 0 ? 0 : Math.Abs(a - b);
    }

    private static bool IsAllCaps(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
