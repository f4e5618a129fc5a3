using System.Collections.Frozen;

namespace NewsEvents.Extraction.Tolls;

/// <summary>The closed classes of English quantity words: cardinals, multipliers, vague quantities and qualifiers.</summary>
public static class NumberWords
{
    public static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary();

    /// <summary>Words that multiply what precedes them ("three dozen", "1.5 million", "2.5m").</summary>
    public static readonly FrozenDictionary<string, long> Multipliers = new Dictionary<string, long>
    {
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        ["m"] = 1_000_000, ["mn"] = 1_000_000, ["k"] = 1_000, ["bn"] = 1_000_000_000,
    }.ToFrozenDictionary();

    /// <summary>
    /// Vague quantities with the bounds the words allow (Best is always null). "Dozens" is at least two dozen and
    /// fewer than a hundred; "scores" at least two score; "several" three to nine; "a few" two to five. Words with no
    /// defensible bound ("many", "a number of") get nulls rather than an invented figure.
    /// </summary>
    public static readonly IReadOnlyList<(string[] Words, string Vague, int? Min, int? Max)> Vague =
    [
        (["tens", "of", "thousands"], "tens of thousands", 20_000, 99_999),
        (["hundreds", "of", "thousands"], "hundreds of thousands", 200_000, 999_999),
        (["several", "dozen"], "several dozen", 36, 108),
        (["a", "few", "dozen"], "a few dozen", 24, 60),
        (["several", "hundred"], "several hundred", 300, 900),
        (["a", "few", "hundred"], "a few hundred", 200, 500),
        (["several", "thousand"], "several thousand", 3_000, 9_000),
        (["a", "few", "thousand"], "a few thousand", 2_000, 5_000),
        (["dozens"], "dozens", 24, 99),
        (["scores"], "scores", 40, 199),
        (["hundreds"], "hundreds", 200, 999),
        (["thousands"], "thousands", 2_000, 9_999),
        (["millions"], "millions", 2_000_000, null),
        (["several"], "several", 3, 9),
        (["a", "few"], "a few", 2, 5),
        (["a", "handful"], "a handful", 2, 9),
        (["a", "couple"], "a couple", 2, 3),
        (["a", "number"], "a number", null, null),
        (["numerous"], "numerous", null, null),
        (["many"], "many", null, null),
    ];

    /// <summary>Words before a figure that qualify it, longest first so that "more than" wins over a bare word.</summary>
    public static readonly IReadOnlyList<(string[] Words, string Code)> Qualifiers =
    [
        (["no", "fewer", "than"], "at_least"), (["no", "less", "than"], "at_least"), (["not", "less", "than"], "at_least"),
        (["not", "fewer", "than"], "at_least"), (["not", "more", "than"], "up_to"),
        (["a", "minimum", "of"], "at_least"), (["no", "more", "than"], "up_to"), (["as", "many", "as"], "up_to"),
        (["as", "much", "as"], "up_to"), (["in", "excess", "of"], "more_than"), (["close", "to"], "nearly"),
        (["just", "under"], "nearly"), (["well", "over"], "more_than"), (["an", "estimated"], "about"),
        (["at", "least"], "at_least"), (["more", "than"], "more_than"), (["upwards", "of"], "more_than"),
        (["up", "to"], "up_to"), (["at", "most"], "up_to"), (["fewer", "than"], "fewer_than"), (["less", "than"], "fewer_than"),
        (["over"], "more_than"), (["nearly"], "nearly"), (["almost"], "nearly"), (["about"], "about"), (["around"], "about"),
        (["approximately"], "about"), (["approx"], "about"), (["roughly"], "about"), (["some"], "about"),
        (["estimated"], "about"), (["circa"], "about"), (["under"], "fewer_than"), (["exactly"], "exactly"),
        (["precisely"], "exactly"), (["between"], "range"),
    ];

    /// <summary>Qualifiers by first word, longest first.</summary>
    public static readonly FrozenDictionary<string, (string[] Words, string Code)[]> QualifiersByFirst =
        Qualifiers.GroupBy(q => q.Words[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(q => q.Words.Length).ToArray());

    /// <summary>Vague quantities by first word, longest first.</summary>
    public static readonly FrozenDictionary<string, (string[] Words, string Vague, int? Min, int? Max)[]> VagueByFirst =
        Vague.GroupBy(v => v.Words[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(v => v.Words.Length).ToArray());

    /// <summary>Words a figure itself can start with (after any qualifier).</summary>
    public static readonly FrozenSet<string> FigureStarters = Units.Keys.Concat(Tens.Keys)
        .Concat(Vague.Select(v => v.Words[0])).Concat(["a", "an", "half"]).ToFrozenSet();

    /// <summary>Every word a quantity can start with, so that most tokens are rejected with one look-up.</summary>
    public static readonly FrozenSet<string> Starters = FigureStarters.Concat(Qualifiers.Select(q => q.Words[0])).ToFrozenSet();
}
