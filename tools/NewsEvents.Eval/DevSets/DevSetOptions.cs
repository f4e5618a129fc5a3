namespace NewsEvents.Eval.DevSets;

/// <summary>The command line of <c>acled</c> and <c>wad</c>: <c>&lt;set&gt; [path] [-v] [--by country] [--misses FIELD N] [--out FILE] [--half tune|check] [--limit N]</c>.</summary>
internal sealed record DevSetOptions(string Set, string? Path, bool Verbose, bool ByCountry, string? MissesField, int Misses, string? Out, string? Half, int? Limit)
{
    public const string Usage =
        "usage: NewsEvents.Eval acled|wad [path to dev.jsonl] [-v] [--by country] [--misses FIELD N] [--out FILE] [--half tune|check] [--limit N]\n" +
        "  acled fields for --misses: location, actor, fatalities, date, dateyear (records whose text gives the year), type, subtype; wad: count";

    /// <exception cref="ArgumentException">On an unknown option or a missing or malformed value.</exception>
    public static DevSetOptions Parse(string[] args)
    {
        var o = new DevSetOptions(args[0], null, false, false, null, 0, null, null, null);
        for (var i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Count() => int.TryParse(Next(), out var n) && n >= 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a count, got '{args[i]}'");
            o = args[i] switch
            {
                "-v" or "--verbose" => o with { Verbose = true },
                "--by" => Next() == "country" ? o with { ByCountry = true } : throw new ArgumentException("--by takes 'country'"),
                "--misses" => o with { MissesField = Next(), Misses = Count() },
                "--out" => o with { Out = Next() },
                "--half" => Next() is DevSets.Half.Tune or DevSets.Half.Check ? o with { Half = args[i] } : throw new ArgumentException("--half takes tune or check"),
                "--limit" => o with { Limit = Count() },
                var a when a.StartsWith('-') => throw new ArgumentException($"unknown option {a}"),
                var a when o.Path is null => o with { Path = a },
                var a => throw new ArgumentException($"unexpected argument {a}"),
            };
        }
        return o;
    }
}
