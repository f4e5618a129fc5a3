using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>Ties a toll to who reported it, when and where, from the other stages' results in the same sentence.</summary>
public sealed class TollContext
{
    private readonly AnalyzedText _text;
    // Each question is about one sentence (or the one before), so the other stages' results are sorted by sentence
    // once: scanning every claim, date, place and actor for each toll made a long article's cost grow with its square.
    private readonly List<ClaimResult>[] _claims;
    private readonly List<DateMention>[] _dates;
    private readonly List<(LocationResult Place, TextSpan Span)>[] _places;
    private readonly List<(ActorResult Actor, TextSpan Span)>[] _actors;

    public TollContext(AnalyzedText text, IReadOnlyList<ClaimResult> claims, IReadOnlyList<DateMention> dates,
        IReadOnlyList<LocationResult> locations, IReadOnlyList<ActorResult> actors)
    {
        _text = text;
        _claims = SentenceBuckets.Of(text, claims, c => c.Span);
        _dates = SentenceBuckets.Of(text, dates, d => d.Span);
        _places = SentenceBuckets.Of(text, locations.SelectMany(l => l.Spans, (l, s) => (l, s)), p => p.s);
        _actors = SentenceBuckets.Of(text, actors.SelectMany(a => a.Spans, (a, s) => (a, s)), a => a.s);
    }

    /// <summary>
    /// The speaker of the narrowest claim whose content holds the figure, else "according to X" in the sentence, else
    /// the speaker of a claim in the sentence just before in the same paragraph: wire copy states the source once and
    /// lets the next sentence lean on it ("The monitor counted 40 raids on the district. The raids killed at least 12 people").
    /// </summary>
    public string? AttributedTo(RawToll toll, Sentence sentence)
    {
        ClaimResult? best = null;
        foreach (var c in _claims[sentence.Index])
            if (c.Span.Contains(toll.QuantitySpan) && (best is null || c.Span.Length < best.Span.Length)) best = c;
        if (best is not null) return TollSource.Of(best);
        return AccordingTo(sentence) ?? CarriedOver(sentence);
    }

    private string? CarriedOver(Sentence sentence)
    {
        if (sentence.Index == 0) return null;
        var before = _text.Sentences[sentence.Index - 1];
        if (before.Paragraph != sentence.Paragraph) return null;
        foreach (var c in _claims[sentence.Index])
            if (c.Span.Overlaps(sentence.Span)) return null; // the sentence has its own speaker, who did not report the figure
        ClaimResult? last = null;
        foreach (var c in _claims[before.Index])
            if (c.Span.Overlaps(before.Span) && (last is null || c.Span.Start > last.Span.Start)) last = c;
        return last is null ? null : TollSource.Of(last);
    }

    /// <summary>The non-background date in the sentence nearest the toll: (first day, last day when a period).</summary>
    public (DateOnly?, DateOnly?) When(RawToll toll, Sentence sentence)
    {
        DateMention? best = null;
        foreach (var d in _dates[sentence.Index])
            if (!d.Background && sentence.Span.Contains(d.Span)
                && (best is null || Distance(d.Span, toll.Span) < Distance(best.Span, toll.Span))) best = d;
        if (best is null) return (null, null);
        return (best.Start, best.End != best.Start ? best.End : null);
    }

    /// <summary>A place named in the sentence: a facility first ("student housing at the University of X"), else the nearest.</summary>
    public string? Where(RawToll toll, Sentence sentence)
    {
        LocationResult? best = null;
        var bestScore = int.MaxValue;
        foreach (var (l, s) in _places[sentence.Index])
        {
            if (!sentence.Span.Contains(s)) continue;
            var score = Distance(s, toll.Span) - (l.Kind == "facility" || l.Precision == "facility" ? 100_000 : 0);
            if (score < bestScore) { best = l; bestScore = score; }
        }
        return best?.Name;
    }

    /// <summary>The canonical actor named by a capitalised victim modifier ("RSF fighters"), else the modifier as written.</summary>
    public string? Side(RawToll toll)
    {
        if (toll.SideSpan is not { } span) return toll.Side;
        return ActorOver(_text.Sentences[toll.Sentence], span) ?? toll.Side;
    }

    private string? AccordingTo(Sentence sentence)
    {
        var toks = sentence.Tokens;
        for (var k = 0; k + 2 < toks.Count; k++)
        {
            if (toks[k].Norm != "according" || toks[k + 1].Norm != "to") continue;
            var first = k + 2;
            var end = first;
            while (end < toks.Count && end < first + 10 && toks[end].Kind is TokenKind.Word or TokenKind.Number
                   && toks[end].Norm is not ("on" or "in" or "at" or "that" or "which" or "who" or "said")) end++;
            if (end < toks.Count && toks[end].IsHyphen) end = first; // a broken name is worse than none
            if (end == first) return null;
            var span = new TextSpan(toks[first].Span.Start, toks[end - 1].Span.End);
            if (ActorOver(sentence, span) is { } actor) return actor;
            var surface = span.Of(_text.Text);
            return surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? surface[4..] : surface;
        }
        return null;
    }

    // the first actor, in the actor stage's order, with a mention over a span of the sentence
    private string? ActorOver(Sentence sentence, TextSpan span)
    {
        foreach (var (a, s) in _actors[sentence.Index])
            if (s.Overlaps(span)) return a.Name;
        return null;
    }

    private static int Distance(TextSpan a, TextSpan b) =>
        a.Overlaps(b) ? 0 : a.End <= b.Start ? b.Start - a.End : a.Start - b.End;
}
