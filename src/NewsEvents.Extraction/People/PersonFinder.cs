using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.People;

/// <summary>
/// Named persons with role and affiliation. A capitalised run is a person when something says so: a title or role before
/// it, an appositive after it, a known given name, a reporting verb next to it, or the well-known people list. Later
/// mentions by surname ("Peskov", "Mr Al Assad") join the full name; spelling variants meet through <see cref="NameKey"/>.
/// </summary>
public sealed class PersonFinder(PersonLexicon lexicon)
{
    private readonly NameScanner _scanner = new(lexicon);

    public static PersonFinder LoadDefault() => new(PersonLexicon.LoadDefault());

    public IReadOnlyList<PersonResult> Find(AnalyzedText text, IReadOnlyList<ActorResult> actors, IReadOnlyList<LocationResult> locations)
    {
        var places = new bool[text.Text.Length + 1];
        foreach (var l in locations) Mark(places, l.Spans);
        var taken = (bool[])places.Clone();
        foreach (var a in actors) Mark(taken, a.Spans);

        var candidates = new List<NameCandidate>();
        foreach (var sentence in text.Sentences) _scanner.Scan(text.Text, sentence, taken, candidates);

        var drafts = new List<PersonDraft>();
        var weak = new List<(NameCandidate Candidate, string[] Key)>();
        // capitalised words repeat (place names, the same surname): key each spelling once per article
        var sounds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            var key = NameKey.Of(c.Words, sounds);
            if (key.Length == 0) continue;
            var known = lexicon.Known.GetValueOrDefault(string.Join(' ', key));
            var strong = known is not null || c.Titled || c.Described || key.Length >= 2 && (c.StartsWithGivenName || c.Speaks);
            if (!strong) { weak.Add((c, key)); continue; }
            var draft = Match(drafts, key, known);
            if (draft is null) drafts.Add(new PersonDraft(key, c, known));
            else draft.Add(c, key);
        }
        // Surname references ("Peskov said", "Araghchi") only count once a full name has made the person.
        foreach (var (c, key) in weak)
            Match(drafts, key, null)?.Add(c, key);

        var results = new List<PersonResult>(drafts.Count);
        foreach (var d in drafts) results.Add(d.ToResult(text, actors, places, lexicon));
        return results;
    }

    private static PersonDraft? Match(List<PersonDraft> drafts, string[] key, KnownPerson? known)
    {
        PersonDraft? suffixMatch = null;
        foreach (var d in drafts)
        {
            if (known is not null && d.Known == known) return d;
            if (d.Key.AsSpan().SequenceEqual(key)) return d;
            if (IsSuffix(key, d.Key) || IsSuffix(d.Key, key)) suffixMatch = d;
        }
        return suffixMatch;
    }

    private static bool IsSuffix(string[] shorter, string[] longer) =>
        shorter.Length < longer.Length && longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter);

    private static void Mark(bool[] mask, IReadOnlyList<TextSpan> spans)
    {
        foreach (var s in spans)
            for (var i = Math.Max(0, s.Start); i < s.End && i < mask.Length; i++) mask[i] = true;
    }
}
