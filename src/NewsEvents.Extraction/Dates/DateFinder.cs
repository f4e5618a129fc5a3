using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Dates;

/// <summary>
/// Finds date expressions sentence by sentence and resolves them against the publication date passed in (never the
/// clock). With no publication date only dates that carry their own year resolve. "since X" turns X into a period
/// from X to publication; a year after "since" stays background.
/// </summary>
public static class DateFinder
{
    public static IReadOnlyList<DateMention> Find(AnalyzedText text, DateOnly? published)
    {
        var found = new List<DateMention>();
        foreach (var sentence in text.Sentences)
        {
            var t = new DateTokens(sentence.Tokens, text.Text);
            var previousLast = -1;
            for (var i = 0; i < t.Count; i++)
            {
                var first = i;
                var mention = Since(t, i, published, out var last) ?? One(t, i, published, out last);
                if (mention is null) continue;
                if (previousLast >= 0 && Range(t, found[^1], previousLast, first, mention) is { } range) found[^1] = range;
                else found.Add(mention);
                previousLast = last;
                i = last;
            }
        }
        return found;
    }

    // "from March 3 to March 5", "between 3 and 5 March": two days joined into one period
    private static DateMention? Range(DateTokens t, DateMention earlier, int earlierLast, int first, DateMention later)
    {
        if (first != earlierLast + 2 || t.Norm(first - 1) is not ("to" or "until" or "and" or "-")) return null;
        if (earlier.Background || later.Background || earlier.Precision != "day" || later.Precision is not ("day" or "period") || later.End <= earlier.Start) return null;
        var opener = t.Text.AsSpan(0, earlier.Span.Start).TrimEnd();
        if (!opener.EndsWith("from", StringComparison.OrdinalIgnoreCase) && !opener.EndsWith("between", StringComparison.OrdinalIgnoreCase)) return null;
        return new DateMention(TextSpan.Cover(earlier.Span, later.Span), earlier.Start, later.End, "period", false);
    }

    private static DateMention? One(DateTokens t, int i, DateOnly? published, out int last)
    {
        last = i;
        // a cheap gate: every expression starts with a number or with a word these recognisers know
        var token = t[i];
        if (token.Kind != TokenKind.Number && !(token.Kind == TokenKind.Word && (char.IsDigit(token.Norm[0]) || DateWords.Starters.Contains(token.Norm)))) return null;
        var m = ExplicitDates.Match(t, i, published, out last);
        if (m is not null || published is not { } p) return m ?? Years.Match(t, i, null, out last);
        return Periods.Match(t, i, p, out last) ?? RelativeDays.Match(t, i, p, out last) ?? Years.Match(t, i, p, out last);
    }

    private static DateMention? Since(DateTokens t, int i, DateOnly? published, out int last)
    {
        last = i;
        if (t.Norm(i) != "since" || published is not { } p) return null;
        var from = One(t, i + 1, published, out last);
        if (from is null || from.Background || from.Start > p) return null;
        return new DateMention(new TextSpan(t[i].Span.Start, from.Span.End), from.Start, p, "period", false);
    }
}
