using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>Attributions that are not "X said": "according to X", "news outlets cited X as saying".</summary>
internal sealed class OtherAttributions(ReportingVerbs verbs)
{
    private const int MaxCitedSpeaker = 18;

    public void According(AnalyzedText text, Sentence s, int i, List<ClaimFrame> frames)
    {
        var tokens = s.Tokens;
        var end = Phrases.SpeakerForward(tokens, i + 2);
        if (end == i + 2) return;
        var speaker = ClaimSpans.Span(tokens, i + 2, end - 1);
        var entry = new VerbEntry("according to", "according to", "assertion", null);
        var before = i - 1;
        if (before >= 0 && tokens[before].Norm == ",") before--;
        if (before < 0 || before == 0 && tokens[0].Kind == TokenKind.Quote)
        {
            var from = end < tokens.Count && tokens[end].Norm == "," ? end + 1 : end;
            from = SkipAppositive(tokens, from);
            if (from < tokens.Count && !ClaimSpans.OnlyPunctuation(tokens, from)) frames.Add(new ClaimFrame(entry, speaker, ClaimSpans.Rest(text, s, from), false));
            return;
        }
        var cut = tokens[i > 0 && tokens[i - 1].Norm == "," ? i - 1 : i].Span.Start;
        foreach (var f in frames) f.CutAt(cut);
        var quote = ClaimSpans.QuoteBefore(text, s, i > 0 && tokens[i - 1].Norm == "," ? i - 1 : -1);
        frames.Add(new ClaimFrame(entry, speaker, quote ?? new TextSpan(ClaimSpans.ContentStart(text, s), cut), quote is not null));
    }

    // "According to X, the leader of the rebel alliance, the group ...": the appositive describes X, it is not the content
    private int SkipAppositive(IReadOnlyList<Token> tokens, int from)
    {
        if (from >= tokens.Count || tokens[from].Norm is not ("the" or "a" or "an")) return from;
        for (var k = from + 1; k < tokens.Count && k - from <= MaxCitedSpeaker; k++)
        {
            if (tokens[k].Norm != ",") continue;
            for (var r = from + 1; r < k; r++)
                if (verbs.SourceNouns.Contains(tokens[r].Norm)) return k + 1;
            return from;
        }
        return from;
    }

    // "news outlets cited a representative of X as saying": the speaker sits between "cited" and "as saying"
    public void Cited(AnalyzedText text, Sentence s, VerbHit hit, List<ClaimFrame> frames)
    {
        var tokens = s.Tokens;
        for (var j = hit.Last + 1; j + 1 < tokens.Count && j - hit.Last < MaxCitedSpeaker; j++)
        {
            if (tokens[j].Norm != "as" || tokens[j + 1].Norm != "saying") continue;
            if (j == hit.Last + 1) return;
            var speaker = ClaimSpans.Span(tokens, hit.Last + 1, j - 1);
            var entry = new VerbEntry("saying", "say", "assertion", null);
            var after = Phrases.SkipToContent(text.Text, tokens, j + 2, false);
            if (after < tokens.Count && !ClaimSpans.OnlyPunctuation(tokens, after)) { frames.Add(new ClaimFrame(entry, speaker, ClaimSpans.Rest(text, s, after), false)); return; }
            var (_, boundary) = Phrases.SubjectBack(tokens, Phrases.SkipBack(tokens, hit.First - 1), verbs, false);
            var quote = ClaimSpans.QuoteBefore(text, s, boundary);
            var content = quote ?? (boundary >= 0 ? new TextSpan(ClaimSpans.ContentStart(text, s), tokens[boundary].Span.Start) : default);
            if (content.Length > 0) frames.Add(new ClaimFrame(entry, speaker, content, quote is not null));
            return;
        }
    }
}
