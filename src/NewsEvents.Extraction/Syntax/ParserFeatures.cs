namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// The parser's feature templates, after Zhang and Nivre (2011) recast for arc-hybrid: s0-s2 are the stack from the
/// top, b0-b2 the buffer; L/R are leftmost/rightmost children (L2/R2 the next ones in); w word, t tag, l label;
/// d the s0-b0 distance; vl/vr valency; ls/rs the set of left/right child labels.
/// </summary>
internal enum ParserTemplate
{
    Bias,
    S0w, S0t, S0wt, S1w, S1t, S1wt, S2t, B0w, B0t, B0wt, B1w, B1t, B1wt, B2w, B2t,
    S0wtB0wt, S0wtB0w, S0wB0wt, S0wtB0t, S0tB0wt, S0wB0w, S0tB0t, B0tB1t, B0wB1w,
    S1wtS0wt, S1wS0w, S1tS0t, S1tB0t, S1wB0w, S0wB1w,
    B0tB1tB2t, S0tB0tB1t, S1tS0tB0t, S2tS1tS0t, S0tS0LtB0t, S0tS0RtB0t, S0tB0tB0Lt, S1tS0tS0Lt, S1tS0tS0Rt, S1tS1RtS0t, S1tS1LtS0t,
    S0wD, S0tD, B0wD, B0tD, S0wB0wD, S0tB0tD, S1tS0tD,
    S0wVr, S0tVr, S0wVl, S0tVl, B0wVl, B0tVl, S1tVr, S1tVl,
    S0Lw, S0Lt, S0Ll, S0Rw, S0Rt, S0Rl, B0Lw, B0Lt, B0Ll, S1Lt, S1Ll, S1Rw, S1Rt, S1Rl,
    S0L2w, S0L2t, S0L2l, S0R2w, S0R2t, S0R2l, B0L2w, B0L2t, B0L2l,
    S0tS0LtS0L2t, S0tS0RtS0R2t, B0tB0LtB0L2t, S0tS0RlS0R2l, B0tB0LlB0L2l,
    S0wRs, S0tRs, S0wLs, S0tLs, B0wLs, B0tLs, S1tRs,
}

/// <summary>What the parser knows of the words: their hashed forms and tags, and the sentence's configuration.</summary>
internal static class ParserFeatures
{
    public static readonly int Count = Enum.GetValues<ParserTemplate>().Length;

    private const uint NoWord = 0x5EED1001, RootWord = 0x5EED1002;

    /// <param name="words">Hashed forms of the sentence's words.</param>
    /// <param name="tags">Tag ids of the words; the root's tag is <paramref name="tagCount"/>.</param>
    public static int Extract(ArcHybrid c, ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, int tagCount, Span<uint> f)
    {
        var n = c.N;
        int s0 = c.S(0), s1 = c.S(1), s2 = c.S(2);
        var b0 = c.B;
        var b1 = b0 + 1 <= n ? b0 + 1 : -1;
        var b2 = b0 + 2 <= n ? b0 + 2 : -1;
        int s0L = At(c.Left1, s0), s0R = At(c.Right1, s0), s0L2 = At(c.Left2, s0), s0R2 = At(c.Right2, s0);
        int s1L = At(c.Left1, s1), s1R = At(c.Right1, s1);
        int b0L = At(c.Left1, b0), b0L2 = At(c.Left2, b0);

        var x = new Positions(words, tags, tagCount, c);

        uint s0w = x.W(s0), s0t = x.T(s0), s1w = x.W(s1), s1t = x.T(s1), s2t = x.T(s2);
        uint b0w = x.W(b0), b0t = x.T(b0), b1w = x.W(b1), b1t = x.T(b1), b2w = x.W(b2), b2t = x.T(b2);
        uint s0Lt = x.T(s0L), s0Rt = x.T(s0R), s1Lt = x.T(s1L), s1Rt = x.T(s1R), b0Lt = x.T(b0L);
        var d = s0 < 0 ? 0u : Bucket(b0 - s0);
        var d1 = s1 < 0 ? 0u : Bucket(s0 - s1);
        uint s0vl = s0 < 0 ? 0u : Cap(c.LeftCount[s0]), s0vr = s0 < 0 ? 0u : Cap(c.RightCount[s0]);
        uint s1vl = s1 < 0 ? 0u : Cap(c.LeftCount[s1]), s1vr = s1 < 0 ? 0u : Cap(c.RightCount[s1]);
        var b0vl = Cap(c.LeftCount[b0]);
        uint s0ls = s0 < 0 ? 0u : Fold(c.LeftLabels[s0]), s0rs = s0 < 0 ? 0u : Fold(c.RightLabels[s0]);
        uint s1rs = s1 < 0 ? 0u : Fold(c.RightLabels[s1]);
        var b0ls = Fold(c.LeftLabels[b0]);

        var s = new Sink(f);

        s.Add(ParserTemplate.Bias, 0);
        s.Add(ParserTemplate.S0w, s0w); s.Add(ParserTemplate.S0t, s0t); s.Add(ParserTemplate.S0wt, s0w, s0t);
        s.Add(ParserTemplate.S1w, s1w); s.Add(ParserTemplate.S1t, s1t); s.Add(ParserTemplate.S1wt, s1w, s1t);
        s.Add(ParserTemplate.S2t, s2t);
        s.Add(ParserTemplate.B0w, b0w); s.Add(ParserTemplate.B0t, b0t); s.Add(ParserTemplate.B0wt, b0w, b0t);
        s.Add(ParserTemplate.B1w, b1w); s.Add(ParserTemplate.B1t, b1t); s.Add(ParserTemplate.B1wt, b1w, b1t);
        s.Add(ParserTemplate.B2w, b2w); s.Add(ParserTemplate.B2t, b2t);

        s.Add(ParserTemplate.S0wtB0wt, s0w, s0t, b0w * 31 + b0t);
        s.Add(ParserTemplate.S0wtB0w, s0w, s0t, b0w); s.Add(ParserTemplate.S0wB0wt, s0w, b0w, b0t);
        s.Add(ParserTemplate.S0wtB0t, s0w, s0t, b0t); s.Add(ParserTemplate.S0tB0wt, s0t, b0w, b0t);
        s.Add(ParserTemplate.S0wB0w, s0w, b0w); s.Add(ParserTemplate.S0tB0t, s0t, b0t); s.Add(ParserTemplate.B0tB1t, b0t, b1t);
        s.Add(ParserTemplate.B0wB1w, b0w, b1w);
        s.Add(ParserTemplate.S1wtS0wt, s1w, s1t, s0w * 31 + s0t); s.Add(ParserTemplate.S1wS0w, s1w, s0w);
        s.Add(ParserTemplate.S1tS0t, s1t, s0t); s.Add(ParserTemplate.S1tB0t, s1t, b0t); s.Add(ParserTemplate.S1wB0w, s1w, b0w);
        s.Add(ParserTemplate.S0wB1w, s0w, b1w);

        s.Add(ParserTemplate.B0tB1tB2t, b0t, b1t, b2t); s.Add(ParserTemplate.S0tB0tB1t, s0t, b0t, b1t);
        s.Add(ParserTemplate.S1tS0tB0t, s1t, s0t, b0t); s.Add(ParserTemplate.S2tS1tS0t, s2t, s1t, s0t);
        s.Add(ParserTemplate.S0tS0LtB0t, s0t, s0Lt, b0t); s.Add(ParserTemplate.S0tS0RtB0t, s0t, s0Rt, b0t);
        s.Add(ParserTemplate.S0tB0tB0Lt, s0t, b0t, b0Lt); s.Add(ParserTemplate.S1tS0tS0Lt, s1t, s0t, s0Lt);
        s.Add(ParserTemplate.S1tS0tS0Rt, s1t, s0t, s0Rt); s.Add(ParserTemplate.S1tS1RtS0t, s1t, s1Rt, s0t);
        s.Add(ParserTemplate.S1tS1LtS0t, s1t, s1Lt, s0t);

        s.Add(ParserTemplate.S0wD, s0w, d); s.Add(ParserTemplate.S0tD, s0t, d); s.Add(ParserTemplate.B0wD, b0w, d);
        s.Add(ParserTemplate.B0tD, b0t, d); s.Add(ParserTemplate.S0wB0wD, s0w, b0w, d); s.Add(ParserTemplate.S0tB0tD, s0t, b0t, d);
        s.Add(ParserTemplate.S1tS0tD, s1t, s0t, d1);

        s.Add(ParserTemplate.S0wVr, s0w, s0vr); s.Add(ParserTemplate.S0tVr, s0t, s0vr);
        s.Add(ParserTemplate.S0wVl, s0w, s0vl); s.Add(ParserTemplate.S0tVl, s0t, s0vl);
        s.Add(ParserTemplate.B0wVl, b0w, b0vl); s.Add(ParserTemplate.B0tVl, b0t, b0vl);
        s.Add(ParserTemplate.S1tVr, s1t, s1vr); s.Add(ParserTemplate.S1tVl, s1t, s1vl);

        s.Add(ParserTemplate.S0Lw, x.W(s0L)); s.Add(ParserTemplate.S0Lt, s0Lt); s.Add(ParserTemplate.S0Ll, x.L(s0L));
        s.Add(ParserTemplate.S0Rw, x.W(s0R)); s.Add(ParserTemplate.S0Rt, s0Rt); s.Add(ParserTemplate.S0Rl, x.L(s0R));
        s.Add(ParserTemplate.B0Lw, x.W(b0L)); s.Add(ParserTemplate.B0Lt, b0Lt); s.Add(ParserTemplate.B0Ll, x.L(b0L));
        s.Add(ParserTemplate.S1Lt, s1Lt); s.Add(ParserTemplate.S1Ll, x.L(s1L));
        s.Add(ParserTemplate.S1Rw, x.W(s1R)); s.Add(ParserTemplate.S1Rt, s1Rt); s.Add(ParserTemplate.S1Rl, x.L(s1R));

        s.Add(ParserTemplate.S0L2w, x.W(s0L2)); s.Add(ParserTemplate.S0L2t, x.T(s0L2)); s.Add(ParserTemplate.S0L2l, x.L(s0L2));
        s.Add(ParserTemplate.S0R2w, x.W(s0R2)); s.Add(ParserTemplate.S0R2t, x.T(s0R2)); s.Add(ParserTemplate.S0R2l, x.L(s0R2));
        s.Add(ParserTemplate.B0L2w, x.W(b0L2)); s.Add(ParserTemplate.B0L2t, x.T(b0L2)); s.Add(ParserTemplate.B0L2l, x.L(b0L2));
        s.Add(ParserTemplate.S0tS0LtS0L2t, s0t, s0Lt, x.T(s0L2)); s.Add(ParserTemplate.S0tS0RtS0R2t, s0t, s0Rt, x.T(s0R2));
        s.Add(ParserTemplate.B0tB0LtB0L2t, b0t, b0Lt, x.T(b0L2));
        s.Add(ParserTemplate.S0tS0RlS0R2l, s0t, x.L(s0R), x.L(s0R2)); s.Add(ParserTemplate.B0tB0LlB0L2l, b0t, x.L(b0L), x.L(b0L2));

        s.Add(ParserTemplate.S0wRs, s0w, s0rs); s.Add(ParserTemplate.S0tRs, s0t, s0rs);
        s.Add(ParserTemplate.S0wLs, s0w, s0ls); s.Add(ParserTemplate.S0tLs, s0t, s0ls);
        s.Add(ParserTemplate.B0wLs, b0w, b0ls); s.Add(ParserTemplate.B0tLs, b0t, b0ls);
        s.Add(ParserTemplate.S1tRs, s1t, s1rs);
        return s.Count;
    }

    private static int At(int[] a, int i) => i < 0 ? -1 : a[i];

    private static uint Bucket(int d) => d <= 4 ? (uint)d : d <= 7 ? 5u : 6u;

    private static uint Cap(int v) => (uint)Math.Min(v, 6);

    private static uint Fold(ulong set) => (uint)set ^ (uint)(set >> 32) * 0x9E3779B1u;

    private readonly ref struct Positions(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, int tagCount, ArcHybrid c)
    {
        private readonly ReadOnlySpan<WordInfo> _words = words;
        private readonly ReadOnlySpan<int> _tags = tags;

        public uint W(int i) => i < 0 ? NoWord : i == c.N ? RootWord : _words[i].Norm;
        public uint T(int i) => i < 0 ? 0u : i == c.N ? (uint)tagCount + 1 : (uint)_tags[i] + 1;
        public uint L(int i) => i < 0 ? 0u : (uint)c.Label[i] + 1;
    }

    private ref struct Sink(Span<uint> f)
    {
        private readonly Span<uint> _f = f;
        public int Count;

        public void Add(ParserTemplate t, uint a) => _f[Count++] = FeatureHash.Of((int)t, a);
        public void Add(ParserTemplate t, uint a, uint b) => _f[Count++] = FeatureHash.Of((int)t, a, b);
        public void Add(ParserTemplate t, uint a, uint b, uint e) => _f[Count++] = FeatureHash.Of((int)t, a, b, e);
    }
}
