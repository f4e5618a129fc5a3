namespace NewsEvents.Extraction.Actors;

/// <summary>
/// A reference found by the scan, before the article's dominant country is known: either named candidates (an alias may belong
/// to several actors, "SNA" in Syria and Somalia) or a role with an explicit country (null: the dominant one).
/// </summary>
internal readonly record struct RawMention(TextSpan Span, MentionKind Kind, string? Country, IReadOnlyList<AliasEntry>? Named = null, string? Label = null);
