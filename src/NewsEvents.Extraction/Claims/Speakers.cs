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
    private readonly List<(int At, PersonResult Person)> _subjects = Subjects(text, people);

    public Speaker Resolve(TextSpan span)
    {
        var words = text.Of(span);
        var pronoun = Folding.Fold(words);
        if (pronoun is "he" or "she") return PersonBefore(span.Start) ?? new Speaker(words, null, true);
        if (pronoun is "it" or "they" or "we")
            return _lastOrganisation is { } org && org.At <= span.Start ? org.Who : ActorBefore(span.Start) ?? new Speaker(words, null, false);

        string? owner = null;
        for (var i = 0; i < people.Count; i++)
        {
            var p = people[i];
            for (var k = 0; k < p.Spans.Count; k++)
            {
                if (!p.Spans[k].Overlaps(span)) continue;
                // "Zelensky's office said": the office speaks, for the person's side
                if (Possessive(text.SentenceAt(p.Spans[k].Start).Tokens, p.Spans[k])) owner ??= p.Affiliation;
                else return new Speaker(p.Name, p.Affiliation, true);
            }
        }
        ActorResult? first = null;
        var firstAt = int.MaxValue;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            for (var k = 0; k < a.Spans.Count; k++)
                if (a.Spans[k].Overlaps(span) && a.Spans[k].Start < firstAt) { first = a; firstAt = a.Spans[k].Start; }
        }
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
            for (var i = 0; i < people.Count; i++)
                foreach (var s in people[i].Spans)
                    if (s.Start == t.Span.Start && !Possessive(tokens, s))
                        return (new Speaker(people[i].Name, people[i].Affiliation, true), s);
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
        foreach (var (pos, p) in _subjects)
        {
            if (pos >= at) break;
            if (best is null || pos > best.Value.At) best = (pos, new Speaker(p.Name, p.Affiliation, true));
        }
        return best?.Who;
    }

    private Speaker? ActorBefore(int at)
    {
        ActorResult? last = null;
        var lastAt = -1;
        foreach (var a in actors)
            foreach (var s in a.Spans)
                if (s.End <= at && s.Start > lastAt) { last = a; lastAt = s.Start; }
        return last is null ? null : new Speaker(last.Text, last.Name, false);
    }

    // Person mentions with only a title or role before them in their sentence: "Abdelmajid al-Khatib was displaced..."
    private static List<(int, PersonResult)> Subjects(AnalyzedText text, IReadOnlyList<PersonResult> people)
    {
        var list = new List<(int, PersonResult)>();
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
                if (lower <= MaxWordsBeforeSubject) list.Add((s.Start, p));
            }
        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }
}
