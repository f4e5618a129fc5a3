using NewsEvents.Extraction.People;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>
/// Finds the statements of one sentence: "X said Y", "Y, X said", "\"...,\" said X", "X, a Z, said Y", "according to X",
/// "X told Reuters Y", "cited X as saying", "with X reporting that Y", and verbs sharing a subject ("vowed ... and accused").
/// </summary>
internal sealed class SentenceClaims(ReportingVerbs verbs)
{
    private const int MaxInvertedSpeaker = 7;
    private const int MaxAside = 10;

    private readonly OtherAttributions _other = new(verbs);

    // A subject does not open with a preposition or a participle: "Asked about Russian reports that ..."
    private static readonly HashSet<string> NotASubject =
    [
        "asked", "about", "in", "on", "at", "after", "before", "during", "since", "despite", "while", "when", "with", "without",
        "for", "from", "by", "of", "to", "as", "following", "amid", "among", "under", "over", "into", "through", "against",
    ];

    public List<ClaimFrame> Find(AnalyzedText text, Sentence sentence)
    {
        var frames = new List<ClaimFrame>();
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || QuoteIndex.At(text, tokens[i].Span.Start) is not null) continue;
            if (tokens[i].Norm == "according" && i + 1 < tokens.Count && tokens[i + 1].Norm == "to")
            {
                _other.According(text, sentence, i, frames);
                i++;
                continue;
            }
            if (verbs.Match(tokens, i) is not { } hit) continue;
            Verb(text, sentence, hit, frames);
            i = hit.Last;
        }
        return frames;
    }

    private void Verb(AnalyzedText text, Sentence s, VerbHit hit, List<ClaimFrame> frames)
    {
        var tokens = s.Tokens;
        var entry = hit.Entry;
        var back = Phrases.SkipBack(tokens, hit.First - 1);
        var afterVerb = Phrases.SkipToContent(text.Text, tokens, hit.Last + 1, entry.Lemma == "tell");
        // "said, without providing evidence, that ...": the aside is not the content
        if (hit.Last + 1 < tokens.Count && tokens[hit.Last + 1].Norm == ",")
            for (var k = hit.Last + 2; k + 1 < tokens.Count && k - hit.Last <= MaxAside; k++)
                if (tokens[k].Norm == "," && tokens[k + 1].Norm == "that") { afterVerb = k + 2; break; }
        // "vowed ... and accused ...", "said ..., adding that ...": the verb shares the previous one's subject
        if (back >= 0 && frames.Count > 0 && (tokens[back].Norm is "and" or "but" && !entry.IsParticiple || tokens[back].Norm == "," && entry.IsParticiple))
        {
            var prev = frames[^1];
            prev.CutAt(tokens[back > 0 && tokens[back - 1].Norm == "," ? back - 1 : back].Span.Start);
            if (afterVerb < tokens.Count) frames.Add(new ClaimFrame(entry, prev.SpeakerSpan, ClaimSpans.Rest(text, s, afterVerb), false, true));
            return;
        }
        if (back >= 0 && tokens[back].Norm is "and" or "but" or "or")
        {
            // "the group called the strike a massacre and blamed ...": the subject of the first verb of the clause
            if (Phrases.ClauseSubject(text.Text, tokens, back) is not { } clauseSubject || afterVerb >= tokens.Count) return;
            frames.Add(new ClaimFrame(entry, clauseSubject, ClaimSpans.Rest(text, s, afterVerb), false));
            return;
        }
        if (back >= 1 && tokens[back].Norm == "," && tokens[back - 1].Kind != TokenKind.Quote && !entry.IsParticiple
            && AppositiveSubject(text.Text, tokens, hit, afterVerb) is { } subject)
        {
            // "Maria Lopez, a former U.N. envoy to Yemen, pointed out ...": the subject opens the sentence
            var appositive = new TextSpan(subject.End, tokens[back].Span.Start);
            frames.Add(new ClaimFrame(entry, subject, ClaimSpans.Rest(text, s, afterVerb), false, appositive: appositive));
            return;
        }
        var (start, boundary) = back >= 0 ? Phrases.SubjectBack(tokens, back, verbs, entry.IsParticiple) : (0, -1);
        var empty = start > back;
        if (!empty && NotASubject.Contains(tokens[start].Norm)) return;
        if (entry.IsParticiple && (empty || boundary < 0 || tokens[boundary].Norm != "with")) return;
        if (entry.Lemma is "cite" or "quote") { _other.Cited(text, s, hit, frames); return; }

        var left = empty ? back : boundary;
        TextSpan? speaker = empty ? null : ClaimSpans.Span(tokens, start, back);
        if (empty)
        {
            // inverted order: "\"...,\" said Peskov", "..., said X, a fighter"
            var end = InvertedSpeakerEnd(text.Text, tokens, hit);
            if (end > hit.Last + 1 && left >= 0 && tokens[left].Norm is "," || left >= 0 && tokens[left].Kind == TokenKind.Quote)
                speaker = end > hit.Last + 1 ? ClaimSpans.Span(tokens, hit.Last + 1, end - 1) : null;
            if (speaker is null) return;
            afterVerb = tokens.Count;
        }
        if (ClaimSpans.QuoteBefore(text, s, left) is { } quote)
        {
            frames.Add(new ClaimFrame(entry, speaker, quote, true));
            // "\"We will fight,\" he said, \"until the end.\"": the quotation resumes after the attribution
            var resume = speaker is { } sp && sp.Start > tokens[hit.First].Span.Start ? LastTokenBefore(tokens, sp.End) + 1 : hit.Last + 1;
            if (resume + 1 < tokens.Count && tokens[resume].Norm == "," && tokens[resume + 1].Kind == TokenKind.Quote
                && QuoteIndex.At(text, tokens[resume + 1].Span.End) is { } more && more.Start == tokens[resume + 1].Span.End)
                frames.Add(new ClaimFrame(entry, speaker, more, true));
            return;
        }
        var rest = afterVerb >= tokens.Count || OnlyTrailer(text.Text, tokens, afterVerb);
        var parenthetical = hit.Last + 1 < tokens.Count && tokens[hit.Last + 1].Norm == ",";
        if (left >= 0 && tokens[left].Norm == "," && (rest || empty || parenthetical))
        {
            var content = new TextSpan(ClaimSpans.ContentStart(text, s), tokens[left].Span.Start);
            foreach (var f in frames) f.CutAt(tokens[left].Span.Start);
            if (content.Length > 0) frames.Add(new ClaimFrame(entry, speaker, content, false));
            return;
        }
        if (rest) return;
        // "the strike, which the army said killed 12 people, hit": the relative clause's subject speaks, up to the clause's end
        var relative = left >= 1 && tokens[left].Norm is "which" or "who" && tokens[left - 1].Norm == ",";
        if (relative) left--;
        // "..., Peskov said he had ...", "... although they accused ...": what came before is not this speaker's
        if (left >= 0 && !verbs.IsVerbForm(tokens[left].Norm))
        {
            var cut = left >= 1 && tokens[left - 1].Norm == "," ? left - 1 : left;
            foreach (var f in frames) f.CutAt(tokens[cut].Span.Start);
        }
        var frame = new ClaimFrame(entry, speaker, ClaimSpans.Rest(text, s, afterVerb), false);
        for (var k = afterVerb + 1; relative && k < tokens.Count; k++)
            if (tokens[k].Norm == ",") { frame.CutAt(tokens[k].Span.Start); break; }
        frames.Add(frame);
    }

    private static int LastTokenBefore(IReadOnlyList<Token> tokens, int end)
    {
        var k = 0;
        while (k + 1 < tokens.Count && tokens[k + 1].Span.Start < end) k++;
        return k;
    }

    // "said Peskov", "said a UN official": a speaker after the verb is a name or a short phrase ending in a source noun.
    private int InvertedSpeakerEnd(string text, IReadOnlyList<Token> tokens, VerbHit hit)
    {
        var start = hit.Last + 1;
        var end = Phrases.SpeakerForward(tokens, start);
        if (end == start || end - start > MaxInvertedSpeaker) return start;
        var first = tokens[start];
        if (first.IsWord && char.IsUpper(text[first.Span.Start]) && !NameWords.FunctionWords.Contains(first.Norm)) return end;
        return verbs.SourceNouns.Contains(tokens[end - 1].Norm) ? end : start;
    }

    // "X, a Y, said Z" has its subject before the first comma, unless what follows the verb is only a speaker ("..., said X.").
    private TextSpan? AppositiveSubject(string text, IReadOnlyList<Token> tokens, VerbHit hit, int afterVerb)
    {
        if (afterVerb >= tokens.Count || ClaimSpans.OnlyPunctuation(tokens, afterVerb)) return null;
        var end = InvertedSpeakerEnd(text, tokens, hit);
        if (end > hit.Last + 1 && (ClaimSpans.OnlyPunctuation(tokens, end) || tokens[end].Norm == "," && end + 1 < tokens.Count
            && (NameWords.Determiners.Contains(tokens[end + 1].Norm) || tokens[end + 1].IsNumber))) return null;
        var comma = 0;
        while (comma < hit.First && tokens[comma].Norm != ",") comma++;
        return comma < hit.First - 1 ? ClaimSpans.LeadingSubject(text, tokens, comma) : null;
    }

    // What may follow a speaker's verb when the statement came before it: "in New York", "on Tuesday, adding that ...".
    private bool OnlyTrailer(string text, IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Norm == "," && k + 1 < tokens.Count && verbs.Match(tokens, k + 1) is { Entry.IsParticiple: true }) return true;
            if (k > 0 && tokens[k - 1].Norm == "," && verbs.Match(tokens, k) is { Entry.IsParticiple: true }) return true;
            if (!t.IsWord && !t.IsNumber) continue;
            if (t.IsNumber || t.Norm is "in" or "at" or "from" or "on" or "by" or "during" or "via" or "after" or "the" or "a" or "an"
                or "its" or "his" or "her" or "their" or "late" or "early" or "official" || Phrases.IsChannel(t.Norm)
                || NameWords.Calendar.Contains(t.Norm) || char.IsUpper(text[t.Span.Start])) continue;
            return false;
        }
        return true;
    }
}
