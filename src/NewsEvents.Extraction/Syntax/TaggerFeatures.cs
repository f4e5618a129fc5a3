namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// The tagger's feature templates, one per name. Tags to the left are the tagger's own earlier choices; tags to the
/// right (the Next*Tag templates, second pass only) are the first pass's guesses.
/// </summary>
internal enum TaggerTemplate
{
    Bias, Form, Norm, Prefix1, Prefix2, Prefix3, Suffix1, Suffix2, Suffix3, Suffix4, Shape,
    PrevNorm, Prev2Norm, NextNorm, Next2Norm, PrevSuffix3, NextSuffix3, PrevShape, NextShape,
    PrevTag, Prev2Tag, PrevTwoTags, PrevTagNorm, PrevTagSuffix3, NormNextNorm, PrevNormNorm, FirstWordShape,
    PrevNormNextNorm, PrevTagNextNorm,
    NextTag, Next2Tag, NextTwoTags, PrevNextTags, NextTagNorm, NextTagSuffix3, NextTagNextNorm,
}

internal static class TaggerFeatures
{
    public static readonly int Count = Enum.GetValues<TaggerTemplate>().Length;

    private const uint None = 0x5EED0001, Start = 0x5EED0002;

    /// <summary>Writes the features of word <paramref name="i"/> into <paramref name="f"/> (length ≥ <see cref="Count"/>).</summary>
    /// <param name="tags">Tags chosen so far (class ids), valid below <paramref name="i"/>.</param>
    /// <param name="guesses">The first pass's tags for the whole sentence; empty in the first pass.</param>
    public static int Extract(ReadOnlySpan<WordInfo> words, int i, ReadOnlySpan<int> tags, ReadOnlySpan<int> guesses, Span<uint> f)
    {
        ref readonly var w = ref words[i];
        var prev = i > 0 ? words[i - 1].Norm : Start;
        var prev2 = i > 1 ? words[i - 2].Norm : Start;
        var next = i + 1 < words.Length ? words[i + 1].Norm : None;
        var next2 = i + 2 < words.Length ? words[i + 2].Norm : None;
        var t1 = i > 0 ? (uint)tags[i - 1] + 1 : 0;
        var t2 = i > 1 ? (uint)tags[i - 2] + 1 : 0;
        var k = 0;
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Bias, 0);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Form, w.Form);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Norm, w.Norm);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Prefix1, w.Prefix1);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Prefix2, w.Prefix2);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Prefix3, w.Prefix3);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Suffix1, w.Suffix1);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Suffix2, w.Suffix2);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Suffix3, w.Suffix3);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Suffix4, w.Suffix4);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Shape, w.Shape);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevNorm, prev);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Prev2Norm, prev2);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.NextNorm, next);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Next2Norm, next2);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevSuffix3, i > 0 ? words[i - 1].Suffix3 : Start);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.NextSuffix3, i + 1 < words.Length ? words[i + 1].Suffix3 : None);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevShape, i > 0 ? words[i - 1].Shape : Start);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.NextShape, i + 1 < words.Length ? words[i + 1].Shape : None);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevTag, t1);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Prev2Tag, t2);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevTwoTags, t1, t2);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevTagNorm, t1, w.Norm);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevTagSuffix3, t1, w.Suffix3);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.NormNextNorm, w.Norm, next);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevNormNorm, prev, w.Norm);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.FirstWordShape, i == 0 ? 1u : 0u, w.Shape);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevNormNextNorm, prev, next);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevTagNextNorm, t1, next);
        if (guesses.IsEmpty) return k;
        var n1 = i + 1 < words.Length ? (uint)guesses[i + 1] + 1 : 0;
        var n2 = i + 2 < words.Length ? (uint)guesses[i + 2] + 1 : 0;
        f[k++] = FeatureHash.Of((int)TaggerTemplate.NextTag, n1);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.Next2Tag, n2);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.NextTwoTags, n1, n2);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.PrevNextTags, t1, n1);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.NextTagNorm, n1, w.Norm);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.NextTagSuffix3, n1, w.Suffix3);
        f[k++] = FeatureHash.Of((int)TaggerTemplate.NextTagNextNorm, n1, next);
        return k;
    }
}
