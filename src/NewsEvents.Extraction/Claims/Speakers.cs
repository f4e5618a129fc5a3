using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>A resolved speaker: the words for it, the canonical actor it belongs to, and whether it is a person.</summary>
internal readonly record struct Speaker(string Name, string? Actor, bool IsPerson);

/// <summary>
/// Turns speaker words into a speaker: a person (canonical name, affiliation as actor), an actor (the words, the actor's
/// canonical name), or an unnamed source as written. Pronouns take the last person ("he", "she") or the last
/// organisation that spoke ("it", "they") before them.
/// </summary>
internal sealed class Speakers(AnalyzedText text, IReadOnlyList<PersonResult> people, IReadOnlyList<ActorResult> actors)
{
    // "Kremlin spokesman X": a role of up to two lower-case words may precede a subject; a comma may not
    private const int MaxWordsBeforeSubject = 2;

    private (int At, Speaker Who)? _lastPerson;
    private (int At, Speaker Who)? _lastOrganisation;
    private readonly SpanIndex<PersonResult> _subjects = new(Subjects(text, people));
    private readonly SpanIndex<PersonResult> _people = new(people.SelectMany(p => p.Spans.Select(s => (s, p))));
    private readonly SpanIndex<ActorResult> _actors = new(actors.SelectMany(a => a.Spans.Select(s => (s, a))));

    public Speaker Resolve(TextSpan span)
    {
        var words = text.Of(span);
        var pronoun = Folding.Fold(words);
        if (pronoun is "he" or "she") return PersonBefore(span.Start) ?? new Speaker(words, null, true);
        if (pronoun is "it" or "they" or "we")
            return _lastOrganisation is { } org && org.At <= span.Start ? org.Who : ActorBefore(span.Start) ?? new Speaker(words, null, false);

        string? owner = null;
        foreach (var (at, p) in _people.Overlapping(span))
        {
            // "Zelensky's office said": the office speaks, for the person's side
            if (Possessive(text.SentenceAt(at.Start).Tokens, at)) owner ??= p.Affiliation;
            else return new Speaker(p.Name, p.Affiliation, true);
        }
        var first = _actors.Overlapping(span).Select(e => e.Item).FirstOrDefault();
        return new Speaker(words, first?.Name ?? owner, false);
    }

    /// <summary>A person named within the first words of a phrase, not as a possessor ("Mr X's backer").</summary>
    public (Speaker Who, TextSpan At)? PersonOpening(TextSpan phrase)
    {
        var tokens = text.SentenceAt(phrase.Start).Tokens;
        var words = 0;
        foreach (var t in tokens)
        {
            if (t.Span.End <= phrase.Start || !t.IsWord) continue;
            if (t.Span.Start >= phrase.End || ++words > MaxWordsBeforeSubject + 1) break;
            foreach (var (s, p) in _people.Overlapping(t.Span))
                if (s.Start == t.Span.Start && !Possessive(tokens, s))
                    return (new Speaker(p.Name, p.Affiliation, true), s);
        }
        return null;
    }

    private static bool Possessive(IReadOnlyList<Token> tokens, TextSpan mention)
    {
        foreach (var t in tokens)
            if (t.Span.Start >= mention.End) return t.Norm == "'s";
        return false;
    }

    public void Spoke(Speaker who, int at)
    {
        if (who.IsPerson) _lastPerson = (at, who);
        else _lastOrganisation = (at, who);
    }

    // The later of the last person who spoke and the last person who opened a sentence as its subject.
    private Speaker? PersonBefore(int at)
    {
        (int At, Speaker Who)? best = _lastPerson is { } lp && lp.At < at ? lp : null;
        if (_subjects.LastStartingBefore(at) is { } subject && (best is null || subject.Span.Start > best.Value.At))
            best = (subject.Span.Start, new Speaker(subject.Item.Name, subject.Item.Affiliation, true));
        return best?.Who;
    }

    private Speaker? ActorBefore(int at)
    {
        if (_actors.LastEndingBy(at) is not { Item: var last }) return null;
        return new Speaker(last.Text, last.Name, false);
    }

    // Person mentions with only a title or role before them in their sentence: "Abdelmajid al-Khatib was displaced..."
    private static List<(TextSpan, PersonResult)> Subjects(AnalyzedText text, IReadOnlyList<PersonResult> people)
    {
        var list = new List<(TextSpan, PersonResult)>();
        foreach (var p in people)
            foreach (var s in p.Spans)
            {
                var sentence = text.SentenceAt(s.Start);
                var lower = 0;
                foreach (var t in sentence.Tokens)
                {
                    if (t.Span.Start >= s.Start) break;
                    if (t.Norm is "," or ";") { lower = MaxWordsBeforeSubject + 1; break; }
                    if (t.IsWord && !char.IsUpper(text.Text[t.Span.Start]) && t.Norm != "'s") lower++;
                }
                if (lower <= MaxWordsBeforeSubject) list.Add((new TextSpan(s.Start, s.Start), p));
            }
        return list;
    }
}
