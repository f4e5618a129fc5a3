using System.Collections.Frozen;

namespace NewsEvents.Extraction.Text;

/// <summary>
/// Bylines ("By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press") and publication stamps ("Updated: 29 Nov")
/// leave the body. A dateline ("BEIRUT (Reuters) -", "KYIV, Ukraine (AP) --", "KHARTOUM, Sudan —") is cut from the
/// first sentence, but its place is kept as a line of its own: it is where the story was filed, useful to the place
/// finder, and left glued to the sentence it would become part of the subject.
/// </summary>
public static class Bylines
{
    private static readonly FrozenSet<string> Agencies = new[]
    {
        "reuters", "ap", "afp", "upi", "xinhua", "anadolu", "aa", "dpa", "efe", "ansa", "tass", "sputnik", "pti", "ani", "ians",
        "bernama", "kyodo", "yonhap", "wafa", "sana", "irna", "qna", "spa", "wam", "mena", "rfe rl", "cnn", "bbc", "al jazeera", "bloomberg",
    }.ToFrozenSet();

    public static void Strip(List<string> paragraphs)
    {
        for (var i = 0; i < Math.Min(3, paragraphs.Count - 1); i++)
        {
            if (!IsByline(paragraphs[i]) && !IsStamp(paragraphs[i])) continue;
            paragraphs.RemoveAt(i);
            i--;
        }
        if (paragraphs.Count == 0) return;
        var first = paragraphs[0];
        var cut = DatelineLength(first);
        if (cut == 0) return;
        var place = Place(first.AsSpan(0, cut));
        paragraphs[0] = first[cut..].TrimStart();
        if (place.Length > 0) paragraphs.Insert(0, place);
    }

    /// <summary>"By Jane Doe", or a name and an outlet after a comma: "Jane Doe, Reuters".</summary>
    public static bool IsByline(string line)
    {
        var comma = line.LastIndexOf(',');
        if (comma > 0 && line.Length < 60 && line.AsSpan(0, comma).Count(' ') < 4 && HeaderLines.IsPublisher(line[(comma + 1)..].Trim())) return true;
        if (!line.StartsWith("By ", StringComparison.Ordinal) || line.Length > 120) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 14 || line[^1] == '.' && !line.EndsWith("Jr.", StringComparison.Ordinal)) return false;
        return words.Length >= 2 && char.IsUpper(words[1][0]);
    }

    // "Updated: 14 March 2025 09:12 GMT": a stamp carries a date or time and is not a sentence
    private static bool IsStamp(string line) =>
        line.Length < 80 && line[^1] != '.' && line.AsSpan().IndexOfAnyInRange('0', '9') >= 0
        && (line.StartsWith("Published", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Updated", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Last updated", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Posted", StringComparison.OrdinalIgnoreCase));

    /// <summary>Characters up to and including the dash that ends a dateline, or 0 when the paragraph has none.</summary>
    public static int DatelineLength(string text)
    {
        var limit = Math.Min(text.Length - 1, 90);
        for (var i = 1; i < limit; i++)
        {
            var c = text[i];
            if (c is not ('-' or '\u2013' or '\u2014') || text[i - 1] != ' ') continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '-' or '\u2013' or '\u2014') end++;
            if (end + 1 >= text.Length || text[end] != ' ') continue;
            // the story after a dateline opens a sentence: "NATO - the alliance - said" is not one
            var opens = char.IsUpper(text[end + 1]) || char.IsDigit(text[end + 1]) || Tokenizer.IsQuoteChar(text[end + 1]);
            return opens && IsDatelinePrefix(text.AsSpan(0, i - 1)) ? end + 1 : 0;
        }
        return 0;
    }

    // Every word of a dateline is capitalised or a number ("GAZA CITY, Nov. 29"); it names its agency in brackets
    // or opens with a place in capitals, which is how wire copy marks it.
    private static bool IsDatelinePrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length < 3) return false;
        var open = prefix.IndexOf('(');
        var agency = open > 0 && prefix[^1] == ')' && Agencies.Contains(Folding.Key(prefix[(open + 1)..^1].ToString()));
        var firstWord = prefix[..Math.Max(prefix.IndexOfAny(' ', ','), 0)];
        if (firstWord.Length == 0) firstWord = prefix;
        var shouting = firstWord.Length >= 3 && !firstWord.ContainsAnyInRange('a', 'z');
        if (!agency && !shouting || firstWord.SequenceEqual("The")) return false;
        foreach (var range in prefix.SplitAny(" ,"))
        {
            var w = prefix[range];
            if (w.Length == 0) continue;
            if (!char.IsUpper(w[0]) && !char.IsDigit(w[0]) && w[0] != '(') return false;
        }
        return true;
    }

    // "KYIV, Ukraine (AP)" -> "KYIV, Ukraine": the agency is credit, the place is the story's
    private static string Place(ReadOnlySpan<char> dateline)
    {
        var text = dateline.TrimEnd().TrimEnd("-\u2013\u2014").TrimEnd();
        var bracket = text.IndexOf('(');
        if (bracket >= 0) text = text[..bracket];
        return text.TrimEnd().TrimEnd(',').Trim().ToString();
    }
}
