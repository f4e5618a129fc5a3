namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// The hashed look of one word, computed once per sentence so that feature templates only combine integers.
/// Curly quotes and dashes are read as their ASCII forms (the treebank mostly has those), digits as '0'.
/// </summary>
internal struct WordInfo
{
    public uint Form;    // as written (case kept)
    public uint Norm;    // lower case, digits as '0'
    public uint Prefix1, Prefix2, Prefix3;
    public uint Suffix1, Suffix2, Suffix3, Suffix4;
    public uint Shape;   // "Xxxx" -> "Xx", "1999" -> "dddd", "al-Ani" -> "x-Xx"

    /// <summary>Bumped whenever what is hashed changes; part of the model's feature signature.</summary>
    public const int Version = 1;

    private const int MaxAffix = 4;

    public static void Compute(ReadOnlySpan<char> word, ref WordInfo info)
    {
        uint form = FeatureHash.Empty, norm = FeatureHash.Empty, shape = FeatureHash.Empty;
        Span<char> tail = stackalloc char[MaxAffix]; // ring buffer of the last normalised characters
        char lastClass = '\0';
        var run = 0;
        uint p1 = 0, p2 = 0, p3 = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = Ascii(word[i]);
            form = FeatureHash.Add(form, c);
            var n = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            norm = FeatureHash.Add(norm, n);
            if (i == 0) p1 = norm;
            else if (i == 1) p2 = norm;
            else if (i == 2) p3 = norm;
            tail[i % MaxAffix] = n;

            var cls = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = cls == lastClass ? run + 1 : 1;
            // letters collapse to one mark; digits keep up to four so that years differ from counts
            if (run == 1 || (cls == 'd' && run <= 4)) shape = FeatureHash.Add(shape, cls);
            lastClass = cls;
        }
        info.Form = form;
        info.Norm = norm;
        info.Prefix1 = word.Length >= 1 ? p1 : norm;
        info.Prefix2 = word.Length >= 2 ? p2 : norm;
        info.Prefix3 = word.Length >= 3 ? p3 : norm;
        info.Suffix1 = Suffix(tail, word.Length, 1);
        info.Suffix2 = Suffix(tail, word.Length, 2);
        info.Suffix3 = Suffix(tail, word.Length, 3);
        info.Suffix4 = Suffix(tail, word.Length, 4);
        info.Shape = shape;
    }

    private static uint Suffix(ReadOnlySpan<char> tail, int length, int k)
    {
        var h = FeatureHash.Add(FeatureHash.Empty, (char)('0' + k)); // "s" as suffix 1 differs from "s" as suffix 2
        var from = Math.Max(0, length - k);
        for (var i = from; i < length; i++) h = FeatureHash.Add(h, tail[i % MaxAffix]);
        return h;
    }

    /// <summary>The ASCII stand-in for typographic quotes and dashes.</summary>
    public static char Ascii(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '\u201B' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2012' or '\u2212' => '-',
        '\u00A0' => ' ',
        _ => c,
    };
}
