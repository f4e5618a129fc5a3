using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.People;

/// <summary>One person being gathered from an article's mentions.</summary>
internal sealed class PersonDraft(string[] key, NameCandidate first, KnownPerson? known)
{
    private readonly List<NameCandidate> _mentions = [first];

    public string[] Key { get; private set; } = key;
    public KnownPerson? Known { get; private set; } = known;

    public void Add(NameCandidate mention, string[] key)
    {
        _mentions.Add(mention);
        if (key.Length > Key.Length) Key = key;
    }

    public PersonResult ToResult(AnalyzedText text, IReadOnlyList<ActorResult> actors, bool[] places, PersonLexicon lexicon)
    {
        var longest = _mentions[0];
        NameCandidate? described = null;
        foreach (var m in _mentions)
        {
            if (m.Words.Length > longest.Words.Length) longest = m;
            if (described is null && m.Role is not null) described = m;
        }
        var known = Known ?? lexicon.Known.GetValueOrDefault(string.Join(' ', Key));
        string? affiliation = null;
        if (described?.RoleSpan is { } span) affiliation = Affiliation.Of(text, span, actors, places, lexicon);
        foreach (var m in _mentions)
        {
            if (affiliation is not null) break;
            if (m.RoleSpan is { } s) affiliation = Affiliation.Of(text, s, actors, places, lexicon);
        }
        // "Army chief X": a bare generic noun says less than the well-known person's affiliation
        if (affiliation is not null && known?.Affiliation is not null && NameWords.OrgWords.Contains(Folding.Fold(affiliation))) affiliation = null;
        var spans = new List<TextSpan>(_mentions.Count);
        foreach (var m in _mentions) spans.Add(m.Span);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new PersonResult(known?.Name ?? text.Of(longest.Span), described?.Role ?? known?.Role, affiliation ?? known?.Affiliation, spans);
    }
}
