namespace NewsEvents.Extraction.Text;

/// <summary>The light scanning behind <see cref="Boilerplate"/>: words and the few marks that matter, then segments.</summary>
public sealed partial class Boilerplate
{
    private const char WordKind = 'w';

    /// <summary>A word (letters and digits, apostrophes inside), a quotation mark ('"'), or one of . ! ? : / ( ) ©.</summary>
    private readonly record struct Piece(int Start, int End, char Kind);

    private static List<Piece> Scan(string text)
    {
        var pieces = new List<Piece>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start))) i++;
                pieces.Add(new Piece(start, i, WordKind));
                continue;
            }
            if (c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB') pieces.Add(new Piece(i, i + 1, '"'));
            else if (c is '.' or '!' or '?' or ':' or '/' or '(' or ')' or '\u00A9') pieces.Add(new Piece(i, i + 1, c));
            i++;
        }
        return pieces;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static List<Segment> Segments(string text, List<Piece> pieces, double[] weights, bool[] closes)
    {
        var result = new List<Segment>();
        int start = -1, end = 0, wordCount = 0;
        double score = 0;
        var boundary = false;
        for (var i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            // an opening quote (after a space) starts the next sentence; a closing one stays with the sentence it ends
            var opens = p.Kind == '"'
                ? p.Start > 0 && char.IsWhiteSpace(text[p.Start - 1])
                : char.IsUpper(text[p.Start]) || char.IsDigit(text[p.Start]);
            if (boundary && start >= 0 && opens)
            {
                result.Add(new Segment(start, end, score, wordCount));
                start = -1; score = 0; wordCount = 0; boundary = false;
            }
            if (start < 0) start = p.Start;
            if (p.Kind != '"') boundary = closes[i] || p.Kind is '.' or '!' or '?';
            score += weights[i];
            if (p.Kind == WordKind) wordCount++;
            end = p.End;
        }
        if (start >= 0) result.Add(new Segment(start, end, score, wordCount));
        return result;
    }
}
