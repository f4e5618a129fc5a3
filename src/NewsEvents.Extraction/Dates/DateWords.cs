using System.Collections.Frozen;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Dates;

/// <summary>The words dates are made of, and the token reading shared by the date recognisers.</summary>
internal static class DateWords
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["couple"] = 2, ["few"] = 3, ["several"] = 3,
    }.ToFrozenDictionary();

    /// <summary>Every word a date expression can start with, so that most tokens are passed over with one look-up.</summary>
    public static readonly FrozenSet<string> Starters = Months.Keys.Concat(Weekdays.Keys).Concat(Numbers.Keys).Concat(
    [
        "the", "last", "this", "next", "previous", "past", "early", "mid", "late", "overnight", "yesterday", "today", "tonight",
        "tomorrow", "recent", "since",
    ]).ToFrozenSet();

    public static readonly FrozenSet<string> PartsOfDay = new[] { "morning", "afternoon", "evening", "night", "overnight" }.ToFrozenSet();
}

/// <summary>A sentence's tokens with the look-ups the recognisers need; reading past either end gives an empty word.</summary>
internal readonly struct DateTokens(IReadOnlyList<Token> tokens, string text)
{
    public int Count => tokens.Count;
    public string Text => text;

    public string Norm(int i) => i >= 0 && i < tokens.Count ? tokens[i].Norm : "";

    public Token this[int i] => tokens[i];

    public bool IsCapitalized(int i) => i >= 0 && i < tokens.Count && char.IsUpper(text[tokens[i].Span.Start]);

    public TextSpan Span(int first, int last) => new(tokens[first].Span.Start, tokens[last].Span.End);

    /// <summary>True when token i touches token i+1 with no space between ("2024-11-29", "29/11").</summary>
    public bool Touches(int i) => i + 1 < tokens.Count && tokens[i].Span.End == tokens[i + 1].Span.Start;

    /// <summary>A plain integer token ("29", "2024"), or -1.</summary>
    public int Integer(int i)
    {
        if (i < 0 || i >= tokens.Count || tokens[i].Kind != TokenKind.Number) return -1;
        var n = tokens[i].Norm;
        return n.Length <= 6 && int.TryParse(n, out var v) ? v : -1;
    }

    /// <summary>A day of the month written "29" or "29th".</summary>
    public int DayOfMonth(int i)
    {
        var n = Norm(i);
        if (n.Length > 2 && (n.EndsWith("st") || n.EndsWith("nd") || n.EndsWith("rd") || n.EndsWith("th"))) n = n[..^2];
        return n.Length is 1 or 2 && int.TryParse(n, out var d) && d is >= 1 and <= 31 ? d : -1;
    }

    /// <summary>A count written in digits or words ("3", "three", "twenty-four"), with the index of its last token.</summary>
    public (int Value, int Last) Quantity(int i)
    {
        var digits = Integer(i);
        if (digits >= 0) return (digits, i);
        if (!DateWords.Numbers.TryGetValue(Norm(i), out var value)) return (-1, i);
        if (value >= 20 && Norm(i + 1) == "-" && DateWords.Numbers.TryGetValue(Norm(i + 2), out var unit) && unit < 10) return (value + unit, i + 2);
        return (value, i);
    }

    public bool IsYear(int i)
    {
        var v = Integer(i);
        return v is >= 1900 and <= 2100 && Norm(i).Length == 4;
    }
}
