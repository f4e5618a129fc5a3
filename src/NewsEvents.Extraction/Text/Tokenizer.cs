namespace NewsEvents.Extraction.Text;

/// <summary>
/// Splits a range of text into tokens with offsets. Words split at hyphens (the hyphen is its own token) so that
/// "al-Sham", "al Sham" and "Iran-backed" match lexicon keys the same way; possessive 's is its own token;
/// dotted acronyms ("U.S.", "a.m.") and numbers with thousands separators or decimals ("4,000,000", "2.5") stay whole.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = new List<Token>(range.Length / 5 + 4);
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end);
                kind = TokenKind.Number;
                // "13th", "2nd": ordinal suffix glued to the number stays in the token
                while (i < end && char.IsLetter(text[i])) { i++; kind = TokenKind.Word; }
            }
            else if (char.IsLetter(c))
            {
                i = ScanAcronym(text, i, end);
                if (i == start)
                {
                    while (i < end && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i, end))) i++;
                }
                kind = TokenKind.Word;
            }
            else if (IsApostrophe(c) && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])) && i > range.Start && char.IsLetterOrDigit(text[i - 1]))
            {
                i += 2;
                kind = TokenKind.Word;
            }
            else if (IsQuoteChar(c))
            {
                i++;
                kind = TokenKind.Quote;
            }
            else
            {
                i++;
                // "--", typewriter for a dash, is one dash like the "\u2014" it stands for, not two hyphens
                while (c == '-' && i < end && text[i] == '-') i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punct : TokenKind.Symbol;
            }
            var span = new TextSpan(start, i);
            var norm = i - start > 1 && c == '-' ? "-" : Folding.Fold(text.AsSpan(start, i - start));
            tokens.Add(new Token(span, kind, norm, tokens.Count));
        }
        return tokens;
    }

    public static bool IsQuoteChar(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\'';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    // "don't", "O'Brien": an apostrophe between letters, unless it starts a possessive 's that ends the word
    private static bool IsInnerApostrophe(string text, int i, int end)
    {
        if (!IsApostrophe(text[i]) || i + 1 >= end || !char.IsLetter(text[i + 1])) return false;
        var possessive = (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]));
        return !possessive;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end && char.IsDigit(text[i])) i++;
        // thousands groups "4,000,000" and decimals "2.5": a separator followed by digits
        while (i + 1 < end && (text[i] == ',' || text[i] == '.') && char.IsDigit(text[i + 1]))
        {
            var sep = text[i];
            var j = i + 1;
            while (j < end && char.IsDigit(text[j])) j++;
            if (sep == ',' && j - (i + 1) != 3) break;
            i = j;
        }
        return i;
    }

    // "U.S.", "U.N.", "a.m.": single letters each followed by a dot, at least two of them
    private static int ScanAcronym(string text, int i, int end)
    {
        var j = i;
        var letters = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.')
        {
            letters++;
            j += 2;
            if (j + 1 >= end || !char.IsLetter(text[j]) || text[j + 1] != '.') break;
        }
        return letters >= 2 ? j : i;
    }
}
