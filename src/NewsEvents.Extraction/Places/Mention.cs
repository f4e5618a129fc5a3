namespace NewsEvents.Extraction.Places;

/// <summary>
/// A run of tokens in one sentence that may name a place: a gazetteer match (<see cref="Ids"/> set) or a capitalised
/// run the gazetteer lacks. Mutable only while <see cref="PlaceFinder"/> resolves one article; never shared.
/// </summary>
internal sealed class Mention(int sentence, int start, int end, TextSpan span, string key, int[]? ids)
{
    public int Sentence { get; } = sentence;

    /// <summary>First token index in the sentence.</summary>
    public int Start { get; } = start;

    /// <summary>Token index after the last token.</summary>
    public int End { get; set; } = end;

    public TextSpan Span { get; set; } = span;

    /// <summary>The exact key of the words ("al bab").</summary>
    public string Key { get; } = key;

    /// <summary>Candidate gazetteer entries; null for a run the gazetteer lacks.</summary>
    public int[]? Ids { get; set; } = ids;

    /// <summary>The chosen entry, or -1.</summary>
    public int Entry { get; set; } = -1;

    /// <summary>Kept as a place (resolved, or unresolved but marked by the text).</summary>
    public bool Accepted { get; set; }

    /// <summary>For accepted runs the gazetteer lacks: "region" when a region word follows, else "unresolved".</summary>
    public string? UnresolvedKind { get; set; }

    /// <summary>Entry whose country and region an unresolved place or facility inherits.</summary>
    public int ParentEntry { get; set; } = -1;

    /// <summary>Set for a facility ("University of Aleppo"): its surface span; <see cref="Entry"/> is its place.</summary>
    public TextSpan? Facility { get; set; }

    /// <summary>What in the text's layout says this name is a place (see <see cref="PlaceCues"/>).</summary>
    public PlaceCue Cue { get; set; }

    /// <summary>The places the text puts this one in, most specific first: "X (A, B)", "X, Region", "X district of Y".</summary>
    public List<Mention>? Parents { get; set; }
}

/// <summary>A layout of the text that makes a name a place whatever the gazetteer holds.</summary>
internal enum PlaceCue
{
    None,
    /// <summary>"in X (A, B, C)": X, with its admin parents in brackets.</summary>
    Parenthetical,
    /// <summary>A, B or C of "X (A, B, C)": an admin unit X lies in.</summary>
    AdminParent,
    /// <summary>"(coded as X)", "[coded to X]".</summary>
    CodedAs,
    /// <summary>"X, Region": counts only when the region resolves to a region, a country or a seat.</summary>
    RegionComma,
    /// <summary>"the X district of Y", "X of Y district".</summary>
    OfParent,
    /// <summary>"X, 40 km north of Y", "X (28 km NE of Y)".</summary>
    Distance,
}
