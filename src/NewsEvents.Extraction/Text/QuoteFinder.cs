namespace NewsEvents.Extraction.Text;

/// <summary>
/// Finds quoted passages in a paragraph: curly pairs, and straight double quotes taken in alternation.
/// A quotation left open at the end of a paragraph closes there (wire style reopens it in the next paragraph).
/// Single quotes count only when they open at a word start and close at a word end, so apostrophes never open a quote.
/// </summary>
public static class QuoteFinder
{
    public static void Find(string text, TextSpan paragraph, List<TextSpan> into)
    {
        int open = -1;
        char closer = '\0';
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (c == '\u201C' || c == '\u201E') { open = i + 1; closer = '\u201D'; }
                else if (c == '\u00AB') { open = i + 1; closer = '\u00BB'; }
                else if (c == '"') { open = i + 1; closer = '"'; }
                else if ((c == '\u2018' || c == '\'') && IsWordStart(text, i, paragraph)) { open = i + 1; closer = c == '\'' ? '\'' : '\u2019'; }
            }
            else if (c == closer || (closer == '"' && c == '\u201D') || (closer == '\u201D' && c == '"'))
            {
                if ((closer == '\'' || closer == '\u2019') && !IsWordEnd(text, i, paragraph)) continue;
                if (i > open) into.Add(new TextSpan(open, i));
                open = -1;
            }
        }
        if (open >= 0 && closer is '"' or '\u201D' or '\u00BB' && paragraph.End > open) into.Add(new TextSpan(open, paragraph.End));
    }

    private static bool IsWordStart(string text, int i, TextSpan p) =>
        (i == p.Start || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < p.End && char.IsLetter(text[i + 1]);

    private static bool IsWordEnd(string text, int i, TextSpan p) =>
        i > p.Start && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= p.End || !char.IsLetterOrDigit(text[i + 1]));
}
