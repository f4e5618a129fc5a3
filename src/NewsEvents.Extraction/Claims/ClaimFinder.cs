using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>
/// Who said what: one <see cref="ClaimResult"/> per statement, with the speaker resolved to a person or actor, the
/// verb's lemma, the stance, whether the words are quoted, and the exact span of the content (the tolls stage attributes
/// a figure to the claim whose content holds it). A quotation that stands alone after one attributed to X is X's too.
/// </summary>
public sealed class ClaimFinder(ReportingVerbs verbs)
{
    private const double DirectShare = 0.6;
    // "announced their offensive" is an act, not a statement; a statement needs a clause
    private const int MinAssertionWords = 3;

    private readonly SentenceClaims _sentences = new(verbs);

    public static ClaimFinder LoadDefault() => new(ReportingVerbs.LoadDefault());

    public IReadOnlyList<ClaimResult> Find(AnalyzedText text, IReadOnlyList<PersonResult> people, IReadOnlyList<ActorResult> actors)
    {
        var speakers = new Speakers(text, people, actors);
        var claims = new List<ClaimResult>();
        foreach (var sentence in text.Sentences)
        {
            Speaker? previous = null;
            TextSpan? previousSpan = null;
            foreach (var frame in _sentences.Find(text, sentence))
            {
                var content = Trim(text.Text, frame.Content);
                if (content.Length == 0) continue;
                Speaker who;
                TextSpan? at = frame.SpeakerSpan;
                if (frame.SharesSubject && previous is { } p) { who = p; at = previousSpan; }
                else if (frame.SpeakerSpan is { } span)
                {
                    who = speakers.Resolve(span);
                    // "The ministry's spokesman, Ahmed Ali, said": the person named in the appositive is the speaker
                    if (!who.IsPerson && frame.Appositive is { } app && speakers.PersonOpening(app) is { } named) (who, at) = (named.Who, named.At);
                }
                else continue;
                var words = text.Of(content);
                if (frame.Verb.Stance == "assertion" && !frame.Quoted && WordCount(words) < MinAssertionWords) continue;
                speakers.Spoke(who, at?.Start ?? content.Start);
                previous = who;
                previousSpan = at;
                claims.Add(new ClaimResult(who.Name, who.Actor, frame.Verb.Lemma, Stance.Of(frame.Verb, text, content, verbs),
                    frame.Quoted || QuotedShare(text, content) >= DirectShare, words, content, at));
            }
        }
        QuoteContinuation.Add(text, claims, verbs);
        claims.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return claims;
    }

    private static int WordCount(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
            if (char.IsLetterOrDigit(s[i]) && (i == 0 || !char.IsLetterOrDigit(s[i - 1]))) n++;
        return n;
    }

    private static double QuotedShare(AnalyzedText text, TextSpan content)
    {
        if (content.Length == 0) return 0;
        // quotations are sorted and do not overlap: start at the one holding (or following) the content's start
        var quotes = text.Quotes;
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (quotes[mid].End <= content.Start) lo = mid + 1; else hi = mid;
        }
        var inside = 0;
        for (var i = lo; i < quotes.Count && quotes[i].Start < content.End; i++)
            inside += Math.Min(quotes[i].End, content.End) - Math.Max(quotes[i].Start, content.Start);
        return (double)inside / content.Length;
    }

    /// <summary>Trims spaces, and the commas, full stops and quote marks that border the content.</summary>
    public static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is ',' or ':' or ';')) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is ',' or ';' or ':' || text[e - 1] == '.' && !IsAbbreviationDot(text, e - 1))) e--;
        return new TextSpan(s, e);
    }

    private static bool IsAbbreviationDot(string text, int dot) => dot >= 2 && text[dot - 2] == '.';
}
