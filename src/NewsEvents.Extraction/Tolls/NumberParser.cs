using System.Globalization;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// Reads a quantity starting at a token: an optional qualifier, then digits ("27", "4,000,000", "1.5 million", "2.5m"),
/// number words ("twenty-seven", "two hundred and fifty", "a dozen"), a vague quantity ("dozens", "tens of thousands")
/// or a range ("between 10 and 15", "10 to 15", "10-15"). See <see cref="Quantity"/> for the min/max/best convention.
/// </summary>
public static class NumberParser
{
    private readonly record struct Core(long? Value, string? Vague, int? Min, int? Max, int End, bool YearLike);

    /// <summary>Parses the quantity that starts exactly at token <paramref name="i"/>, or returns null.</summary>
    public static Quantity? Parse(IReadOnlyList<Token> toks, int i)
    {
        // callers probe the token after a comma or a word, which may be past the end of the sentence
        if ((uint)i >= (uint)toks.Count) return null;
        var t = toks[i];
        var digits = t.IsNumber || (t.Norm.Length > 1 && char.IsDigit(t.Norm[0]));
        if (!digits && !NumberWords.Starters.Contains(t.Norm))
            return null;
        var qualifier = MatchQualifier(toks, i, out var j);
        // common words that only open a qualifier ("in", "as", "at", "over") stop here when no qualifier follows
        if (qualifier is null && !digits && !NumberWords.FigureStarters.Contains(t.Norm))
            return null;
        if (ParseCore(toks, j) is not { } core)
            return null;

        if (core.Value is { } low && j < toks.Count)
        {
            var sep = core.End < toks.Count ? toks[core.End].Norm : "";
            var rangeSep = qualifier == "range" ? sep == "and" : sep is "-" or "to";
            if (rangeSep && ParseCore(toks, core.End + 1) is { Value: { } high } upper && high > low)
                return Build(toks, i, j, upper.End, "range", Clamp(low), Clamp(high), Clamp(low), null, false);
        }
        if (qualifier == "range")
            return null;

        var end = core.End;
        if (qualifier is null && end + 1 < toks.Count && toks[end].Norm == "or")
        {
            if (toks[end + 1].Norm == "more") { qualifier = "at_least"; end += 2; }
            else if (toks[end + 1].Norm == "so") { qualifier = "about"; end += 2; }
        }

        if (core.Value is { } v)
        {
            var n = Clamp(v);
            var (min, max, best) = qualifier switch
            {
                "at_least" or "more_than" => ((int?)n, (int?)null, (int?)n),
                "nearly" or "up_to" => (null, n, n),
                "about" => (null, null, n),
                "fewer_than" => (null, n, null),
                _ => (n, n, n),
            };
            return Build(toks, i, j, end, qualifier, min, max, best, null, core.YearLike && qualifier is null);
        }
        var vmin = qualifier is "nearly" or "up_to" or "fewer_than" ? null : core.Min;
        var vmax = qualifier is "at_least" or "more_than" ? null : core.Max;
        return Build(toks, i, j, end, qualifier, vmin, vmax, null, core.Vague, false);
    }

    private static Quantity Build(IReadOnlyList<Token> toks, int first, int numberFirst, int end, string? qualifier,
        int? min, int? max, int? best, string? vague, bool yearLike) =>
        new(min, max, best, qualifier, vague, first, end, numberFirst,
            new TextSpan(toks[first].Span.Start, toks[end - 1].Span.End), yearLike);

    private static string? MatchQualifier(IReadOnlyList<Token> toks, int i, out int next)
    {
        if (i < toks.Count && NumberWords.QualifiersByFirst.TryGetValue(toks[i].Norm, out var candidates))
            foreach (var (words, code) in candidates)
                if (Matches(toks, i, words)) { next = i + words.Length; return code; }
        next = i;
        return null;
    }

    internal static bool Matches(IReadOnlyList<Token> toks, int i, string[] words)
    {
        if (i + words.Length > toks.Count) return false;
        for (var k = 0; k < words.Length; k++)
            if (toks[i + k].Norm != words[k]) return false;
        return true;
    }

    private static Core? ParseCore(IReadOnlyList<Token> toks, int i)
    {
        if (i >= toks.Count) return null;
        if (NumberWords.VagueByFirst.TryGetValue(toks[i].Norm, out var candidates))
            foreach (var (words, vague, min, max) in candidates)
                if (Matches(toks, i, words)) return new Core(null, vague, min, max, i + words.Length, false);
        var t = toks[i];
        if (t.IsNumber || (t.IsWord && t.Norm.Length > 1 && char.IsDigit(t.Norm[0])))
            return ParseDigits(toks, i);
        return ParseWords(toks, i);
    }

    private static Core? ParseDigits(IReadOnlyList<Token> toks, int i)
    {
        var norm = toks[i].Norm;
        var cut = 0;
        while (cut < norm.Length && (char.IsDigit(norm[cut]) || norm[cut] is ',' or '.')) cut++;
        long multiplier = 1;
        if (cut < norm.Length && !NumberWords.Multipliers.TryGetValue(norm[cut..], out multiplier))
            return null; // "13th", "9am"
        if (!double.TryParse(norm.AsSpan(0, cut), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        var end = i + 1;
        if (cut == norm.Length && end < toks.Count && toks[end].IsWord && toks[end].Norm.Length > 2
            && NumberWords.Multipliers.TryGetValue(toks[end].Norm, out var word))
        {
            multiplier = word;
            end++;
        }
        value *= multiplier;
        if (value != Math.Floor(value) || value > int.MaxValue) return null; // "1.5 km" is a measure, not a count
        var yearLike = multiplier == 1 && cut == 4 && norm.Length == 4 && value is >= 1800 and <= 2100;
        return new Core((long)value, null, null, null, end, yearLike);
    }

    private static Core? ParseWords(IReadOnlyList<Token> toks, int i)
    {
        long total = 0, current = 0;
        var any = false;
        var j = i;
        while (j < toks.Count)
        {
            var norm = toks[j].Norm;
            if (NumberWords.Units.TryGetValue(norm, out var unit)) { current += unit; any = true; j++; }
            else if (NumberWords.Tens.TryGetValue(norm, out var tens))
            {
                current += tens; any = true; j++;
                if (j + 1 < toks.Count && toks[j].IsHyphen && NumberWords.Units.TryGetValue(toks[j + 1].Norm, out var u) && u is > 0 and < 10)
                { current += u; j += 2; }
            }
            else if (!any && norm is "a" or "an" && j + 1 < toks.Count && IsWordMultiplier(toks[j + 1].Norm)) { current = 1; any = true; j++; }
            else if (!any && norm == "half" && Matches(toks, j, ["half", "a", "dozen"])) { current = 6; any = true; j += 3; }
            else if (any && IsWordMultiplier(norm))
            {
                var m = NumberWords.Multipliers[norm];
                if (m < 1000) current *= m;
                else { total += current * m; current = 0; }
                j++;
                // "two hundred and fifty": the "and" belongs to the number only when a number word follows
                if (j + 1 < toks.Count && toks[j].Norm == "and" && (NumberWords.Units.ContainsKey(toks[j + 1].Norm) || NumberWords.Tens.ContainsKey(toks[j + 1].Norm)))
                    j++;
            }
            else break;
        }
        if (!any) return null;
        return new Core(total + current, null, null, null, j, false);
    }

    private static int Clamp(long v) => (int)Math.Min(v, int.MaxValue);

    private static bool IsWordMultiplier(string norm) => norm.Length > 2 && NumberWords.Multipliers.ContainsKey(norm);
}
