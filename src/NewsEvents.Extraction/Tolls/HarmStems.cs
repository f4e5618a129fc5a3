using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>A cheap test of whether a sentence may tell of harm, so that only such sentences are parsed.</summary>
internal static class HarmStems
{
    // Verbs that kill only with a word beside them ("shot dead", "beaten to death", "burned alive") are found by that
    // word ("fatally shot" by "fatal"); "gun" alone would match the gunmen of nearly every sentence, so only
    // "gunned (down)" is looked for.
    private static readonly string[] Stems =
    [
        "kill", "murder", "massac", "slaught", "execut", "assassin", "behead", "decapit", "lynch", "slay", "slain", "butcher",
        "die", "dead", "death", "perish", "gunned", "gunning", "alive", "wound", "injur", "hurt", "maim", "abduct", "kidnap",
        "fatal", "bod", "corpse", "remains", "buri", "bury", "succumb", "drown", "strangl", "ablaze", "alight",
    ];

    // Whole words only: "lost their lives", where a stem "lives" would also send every sentence about livestock to the
    // parser; "shot", which kills where the report tells of no wound (ParsedTolls.FatalShooting)
    private static readonly HashSet<string> Words = ["lives", "shot", "shooting"];

    public static bool Any(Sentence sentence)
    {
        foreach (var t in sentence.Tokens)
            if (Stem(t) is not null) return true;
        return false;
    }

    /// <summary>
    /// Whether every harm word of the sentence lies inside a toll of its kind that the token grammar read (from index
    /// <paramref name="first"/> on). The parse can then add nothing: a toll it reads at a harm word overlaps the
    /// grammar's of the same kind, and <c>TollFinder</c> keeps the grammar's. Most harm sentences are of this sort
    /// ("gunmen killed five villagers"), and the parse is most of an article's cost.
    /// </summary>
    public static bool AllRead(Sentence sentence, List<RawToll> raws, int first)
    {
        foreach (var t in sentence.Tokens)
        {
            // "nine herders of a single clan died": the grammar counts the clan, the parse finds the verb's
            // subject; a figure the grammar left unread may be the one the parse would read
            if (IsFigure(t) && !Within(t, raws, first)) return false;
            if (Stem(t) is not { } stem) continue;
            var kind = KindOf(stem);
            var read = false;
            for (var i = first; i < raws.Count && !read; i++)
                read = raws[i].Span.Contains(t.Span) && Closed(sentence, raws[i].Span)
                       && (raws[i].Kind == kind || raws[i].Kind == TollKinds.KilledOrInjured && kind != Abducted);
            if (!read) return false;
        }
        return true;
    }

    private static bool IsFigure(Token t) =>
        t.Kind == TokenKind.Number || t.IsWord && (NumberWords.Units.ContainsKey(t.Norm) || NumberWords.Tens.ContainsKey(t.Norm));

    private static bool Within(Token t, List<RawToll> raws, int first)
    {
        for (var i = first; i < raws.Count; i++)
            if (raws[i].Span.Contains(t.Span)) return true;
        return false;
    }

    // "shot a trader and her three sons", "two guards and a driver were killed": the parse reads the conjoined
    // group beside the grammar's toll, so a toll with a joining word on either side leaves the sentence to the parse.
    private static readonly HashSet<string> Joins = ["and", "or", ",", "&", "plus", "as", "along", "including", "with", "together", "both", "while", "of", "her", "his", "their", "its"];

    private static bool Closed(Sentence sentence, TextSpan toll)
    {
        Token? before = null, after = null;
        foreach (var t in sentence.Tokens)
        {
            if (t.Span.End <= toll.Start) before = t;
            else if (t.Span.Start >= toll.End) { after = t; break; }
        }
        var openBefore = before is { } b && Joins.Contains(b.Norm);
        var openAfter = after is { } a && Joins.Contains(a.Norm);
        return !openBefore && !openAfter;
    }

    private static string? Stem(Token t)
    {
        if (!t.IsWord) return null;
        if (Words.Contains(t.Norm)) return t.Norm;
        foreach (var stem in Stems)
            if (t.Norm.StartsWith(stem, StringComparison.Ordinal)) return stem;
        return null;
    }

    private const string Abducted = "abducted";

    // The kind the parse's harm verbs give a word of this stem (Resources/tolls/harm-lemmas.tsv).
    private static string KindOf(string stem) => stem switch
    {
        "wound" or "injur" or "hurt" or "maim" => TollKinds.Injured,
        "abduct" or "kidnap" => Abducted,
        _ => TollKinds.Killed,
    };
}
