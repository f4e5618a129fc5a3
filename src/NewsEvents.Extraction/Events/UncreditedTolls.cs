using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// Figures a note tells without crediting them to its event, as ACLED's notes do: deaths "coded to" another event or
/// "coded separately", and a claimed toll the note says could not be verified ("The militants claimed to have killed
/// 11 soldiers. No one could verify the figure independently.").
/// </summary>
internal static class UncreditedTolls
{
    private static readonly HashSet<string> Claimed = ["allegedly", "claimed", "claim", "claims", "claiming"];

    public static bool Of(TollResult toll, AnalyzedText text)
    {
        var sentence = text.SentenceAt(toll.Span.Start);
        if (CodedElsewhere(sentence, text)) return true;
        if (!sentence.Tokens.Any(t => Claimed.Contains(t.Norm))) return false;
        for (var i = sentence.Index; i < text.Sentences.Count && i <= sentence.Index + 2; i++)
            if (Unverified(text.Sentences[i].Tokens)) return true;
        return false;
    }

    // "(deaths coded to the Kibati event)", "(coded separately)", "(coded as a separate event)"; "coded to" a place
    // ("[coded to Kabo]") or to the event of the note's own place is no other event
    private static bool CodedElsewhere(Sentence sentence, AnalyzedText text)
    {
        var toks = sentence.Tokens;
        if (CodedSeparately(toks) >= 0) return true;
        for (var i = 0; i + 1 < toks.Count; i++)
            if (toks[i].Norm == "coded" && toks[i + 1].Norm == "to" && ToAnotherEvent(toks, i + 2, text, sentence)) return true;
        return false;
    }

    /// <summary>The token "coded" of a "(coded separately)" or "(coded as a separate event)" in the sentence, or -1.</summary>
    public static int CodedSeparately(IReadOnlyList<Token> toks)
    {
        for (var i = 0; i + 1 < toks.Count; i++)
        {
            if (toks[i].Norm != "coded") continue;
            var next = toks[i + 1].Norm;
            if (next == "separately" || next is "as" or "in" && i + 3 < toks.Count && toks[i + 2].Norm == "a" && toks[i + 3].Norm == "separate") return i;
        }
        return -1;
    }

    private static bool ToAnotherEvent(IReadOnlyList<Token> toks, int from, AnalyzedText text, Sentence sentence)
    {
        if (from < toks.Count && toks[from].Norm == "the") from++;
        var end = from;
        while (end < toks.Count && end < from + 8 && toks[end].Norm != "event") end++;
        if (end >= toks.Count || toks[end].Norm != "event" || end == from) return false;
        // the event's name is its place: the note's own place named before is this event
        var name = text.Text[toks[from].Span.Start..toks[end - 1].Span.End];
        return !text.Text.AsSpan(0, sentence.Span.Start).Contains(name.AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    // "could not be independently verified", "cannot be confirmed", "unverified"
    private static bool Unverified(IReadOnlyList<Token> toks)
    {
        for (var i = 0; i < toks.Count; i++)
        {
            if (toks[i].Norm is "unverified" or "unconfirmed") return true;
            if (toks[i].Norm is not ("verified" or "confirmed")) continue;
            for (var k = Math.Max(0, i - 4); k < i; k++)
                if (toks[k].Norm is "not" or "cannot" or "n't") return true;
        }
        return false;
    }
}
