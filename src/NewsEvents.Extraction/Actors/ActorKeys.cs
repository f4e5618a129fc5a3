using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Actors;

/// <summary>How a matched name is checked against the text (the keys themselves are <see cref="TokenKeys"/>).</summary>
internal static class ActorKeys
{
    /// <summary>True when the letters and digits of the tokens [start, end) are exactly those of <paramref name="exact"/>, case included.</summary>
    public static bool SameLetters(string text, IReadOnlyList<Token> tokens, int start, int end, string exact)
    {
        var k = 0;
        for (var t = start; t < end; t++)
        {
            var span = tokens[t].Span;
            for (var c = span.Start; c < span.End; c++)
            {
                if (!char.IsLetterOrDigit(text[c])) continue;
                while (k < exact.Length && !char.IsLetterOrDigit(exact[k])) k++;
                if (k >= exact.Length || exact[k] != text[c]) return false;
                k++;
            }
        }
        while (k < exact.Length && !char.IsLetterOrDigit(exact[k])) k++;
        return k == exact.Length;
    }
}
