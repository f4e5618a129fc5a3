using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>
/// Wire style lets a quotation stand alone after the one that named its speaker ("\"...,\" he said." then "\"...\"").
/// A quotation that fills its sentences, has no claim of its own and follows a claim by the same paragraph or the one
/// before is given that claim's speaker.
/// </summary>
internal static class QuoteContinuation
{
    private const double FillShare = 0.6;
    private const int ParagraphReach = 2;
    private static readonly VerbEntry Say = new("said", "say", "assertion", null);

    public static void Add(AnalyzedText text, List<ClaimResult> claims, ReportingVerbs verbs)
    {
        if (claims.Count == 0) return;
        var added = new List<ClaimResult>();
        var covered = new SpanIndex<ClaimResult>(claims.Select(c => (c.Span, c)));
        var byEnd = claims.OrderBy(c => c.Span.End).ToArray();
        foreach (var q in text.Quotes)
        {
            var content = ClaimFinder.Trim(text.Text, q);
            if (content.Length == 0 || covered.Overlapping(content).Any()) continue;
            var first = text.SentenceAt(content.Start);
            var last = text.SentenceAt(content.End - 1);
            var letters = Letters(text.Text, new TextSpan(first.Span.Start, last.Span.End));
            if (letters == 0 || Letters(text.Text, content) < FillShare * letters) continue;
            if (HasVerb(text, first, last, verbs)) continue;
            var source = Previous(byEnd, added, content.Start);
            if (source is null || !source.Direct && !IsPersonLike(source)) continue;
            if (text.SentenceAt(source.Span.Start).Paragraph < first.Paragraph - ParagraphReach) continue;
            var words = text.Of(content);
            var stance = Stance.Of(Say, text, content, verbs);
            added.Add(new ClaimResult(source.Speaker, source.SpeakerActor, "say", stance, true, words, content, source.SpeakerSpan));
        }
        claims.AddRange(added);
    }

    private static bool HasVerb(AnalyzedText text, Sentence first, Sentence last, ReportingVerbs verbs)
    {
        for (var k = first.Index; k <= last.Index; k++)
        {
            var tokens = text.Sentences[k].Tokens;
            for (var i = 0; i < tokens.Count; i++)
                if (QuoteIndex.At(text, tokens[i].Span.Start) is null && (verbs.Match(tokens, i) is not null || tokens[i].Norm == "according")) return true;
        }
        return false;
    }

    // The claim that ends last before the quotation, among those found and those this pass added (in text order).
    private static ClaimResult? Previous(ClaimResult[] byEnd, List<ClaimResult> added, int before)
    {
        int lo = 0, hi = byEnd.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (byEnd[mid].Span.End <= before) lo = mid + 1; else hi = mid;
        }
        var best = lo > 0 ? byEnd[lo - 1] : null;
        for (var i = added.Count - 1; i >= 0; i--)
            if (added[i].Span.End <= before)
            {
                if (best is null || added[i].Span.End > best.Span.End) best = added[i];
                break;
            }
        return best;
    }

    private static bool IsPersonLike(ClaimResult c) => c.SpeakerActor is null || c.Speaker != c.SpeakerActor;

    private static int Letters(string text, TextSpan span)
    {
        var n = 0;
        for (var i = span.Start; i < span.End; i++)
            if (char.IsLetterOrDigit(text[i])) n++;
        return n;
    }
}
