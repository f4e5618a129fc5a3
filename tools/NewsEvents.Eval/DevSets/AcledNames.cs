using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsEvents.Eval.DevSets;

/// <summary>
/// score-acled's name matching, line for line (norm, location_variants, actor_variants, name_match, norm_type), so
/// that each record's hits and misses can be shown; the run checks that the totals equal the scorer's.
/// </summary>
internal static partial class AcledNames
{
    private static readonly HashSet<string> Generic =
    [
        "the", "a", "an", "of", "and", "in", "on", "at", "to", "al", "el", "ad", "as", "ar",
        "de", "du", "la", "le", "forces", "force", "group", "groups", "armed", "unidentified",
        "city", "town", "village", "district", "province", "state", "region", "area", "camp",
        "north", "south", "east", "west", "central", "new", "men", "people",
    ];

    /// <summary>Lower case, no diacritics, no apostrophes, every other run of non-alphanumerics one space.</summary>
    public static string Norm(string? s)
    {
        if (s is null) return "";
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormKD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                sb.Append(c);
        var lower = sb.ToString().ToLowerInvariant().Replace("'", "").Replace("\u2019", "").Replace("`", "");
        return NonAlnum().Replace(lower, " ").Trim();
    }

    public static bool Match(IEnumerable<string> goldVariants, IReadOnlyList<string> predicted)
    {
        foreach (var g in goldVariants)
        {
            if (g.Length == 0) continue;
            foreach (var p in predicted)
            {
                if (p.Length == 0) continue;
                if (g == p) return true;
                var (shorter, longer) = g.Length <= p.Length ? (g, p) : (p, g);
                if (shorter.Length >= 3 && !Generic.Contains(shorter) && $" {longer} ".Contains($" {shorter} ", StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    public static List<string> LocationVariants(string? name)
    {
        var all = new HashSet<string> { Norm(name) };
        foreach (var part in LocationParts().Split(name ?? "")) all.Add(Norm(part));
        return all.Where(v => v.Length > 0).ToList();
    }

    /// <summary>An ACLED actor's aliases: without brackets, head and sub-unit around a bracket, both sides of "PIJ: ...".</summary>
    public static List<string> ActorVariants(string? name)
    {
        if (string.IsNullOrEmpty(name)) return [];
        var all = new HashSet<string>();
        var noParen = Bracketed().Replace(name, " ");
        all.Add(Norm(noParen));
        var m = HeadAndSubUnit().Match(name);
        if (m.Success)
        {
            all.Add(Norm(m.Groups[1].Value));
            all.Add(Norm(m.Groups[2].Value));
        }
        var colon = noParen.IndexOf(':');
        if (colon >= 0)
        {
            var (left, right) = (noParen[..colon], noParen[(colon + 1)..]);
            foreach (var piece in new[] { left, right }.Concat(left.Split('/')).Concat(right.Split('/'))) all.Add(Norm(piece));
        }
        return all.Where(v => v.Length > 0).ToList();
    }

    /// <summary>A predicted actor as the scorer reads it: brackets dropped, then normalised.</summary>
    public static string PredictedActor(string name) => Norm(Bracketed().Replace(name, " "));

    /// <summary>Event-type words with a plural s dropped ("Battles" = "Battle").</summary>
    public static string NormType(string? t) =>
        string.Join(' ', Norm(t).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => x.EndsWith('s') && x.Length > 3 ? x[..^1] : x));

    [GeneratedRegex("[^a-z0-9]+")] private static partial Regex NonAlnum();
    [GeneratedRegex(@"\s+-\s+|/|,")] private static partial Regex LocationParts();
    [GeneratedRegex(@"\([^)]*\)")] private static partial Regex Bracketed();
    [GeneratedRegex(@"^(.*?)\([^)]*\)\s*(.*)$")] private static partial Regex HeadAndSubUnit();
}
