using System.Collections.Frozen;
using NewsEvents.Extraction.People;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>Token walks around a reporting verb: the subject before it, the speaker after it, the words to skip before the content.</summary>
internal static class Phrases
{
    private const int MaxSpeakerTokens = 16;

    private static readonly FrozenSet<string> Adverbs = new[]
    {
        "has", "have", "had", "also", "reportedly", "later", "earlier", "previously", "repeatedly", "publicly", "further",
        "then", "subsequently", "already", "allegedly", "recently", "once", "again", "just", "officially", "separately",
        "initially", "swiftly", "quickly", "immediately", "late", "early", "on", "this", "last",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> ClauseWords = new[]
    {
        "that", "which", "who", "whom", "but", "while", "as", "after", "because", "although", "though", "when", "if", "since",
        "so", "where", "whereas", "before", "until", "unless", "than", "what",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> TimeWords = new[] { "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year" }.ToFrozenSet();

    private static readonly FrozenSet<string> Channels = new[]
    {
        "statement", "interview", "video", "post", "briefing", "speech", "message", "address", "communique", "broadcast",
        "conference", "tweet", "report", "letter", "televised", "written", "joint", "separate", "brief", "news", "press",
        "recorded", "online", "audio", "short", "later",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Audience = new[]
    {
        "reporters", "journalists", "media", "television", "tv", "radio", "conference", "briefing", "him", "her", "them", "us",
        "me", "lawmakers", "parliament", "newspaper", "agency", "broadcaster", "outlet", "channel", "press", "correspondent",
        "crowd", "supporters", "residents", "troops", "audience", "council", "summit",
    }.ToFrozenSet();

    /// <summary>Where a statement was made or to whom: "statement", "channel", "reporters", "television".</summary>
    public static bool IsChannel(string norm) => Channels.Contains(norm) || Audience.Contains(norm) || norm is "account" or "page" or "website" or "channel";

    public static bool IsDash(Token t, IReadOnlyList<Token> tokens) =>
        t.IsHyphen && !(t.Index > 0 && tokens[t.Index - 1].Span.End == t.Span.Start && t.Index + 1 < tokens.Count && tokens[t.Index + 1].Span.Start == t.Span.End);

    /// <summary>Skips adverbs, auxiliaries and time phrases back from the verb: "X has also said", "X on Friday said".</summary>
    public static int SkipBack(IReadOnlyList<Token> tokens, int k)
    {
        while (k >= 0)
        {
            var n = tokens[k].Norm;
            if (Adverbs.Contains(n) || NameWords.Calendar.Contains(n) || TimeWords.Contains(n)) { k--; continue; }
            if (Channels.Contains(n) && k >= 2 && tokens[k - 2].Norm == "in") { k -= 3; continue; }
            break;
        }
        return k;
    }

    /// <summary>The noun phrase ending at token <paramref name="end"/>: [start, end] and the boundary token's index (-1 at sentence start).</summary>
    public static (int Start, int Boundary) SubjectBack(IReadOnlyList<Token> tokens, int end, ReportingVerbs verbs, bool participle)
    {
        var k = end;
        // words inside brackets and dash pairs do not count towards the limit: "Commanders with the group - HTS - said"
        var counted = 0;
        while (k >= 0 && counted < MaxSpeakerTokens)
        {
            var t = tokens[k];
            var n = t.Norm;
            if (n == ")")
            {
                var open = k - 1;
                while (open >= 0 && tokens[open].Norm != "(") open--;
                if (open < 0) break;
                k = open - 1;
                continue;
            }
            if (IsDash(t, tokens))
            {
                var other = k - 1;
                while (other >= 0 && !IsDash(tokens[other], tokens)) other--;
                if (other < 0) break;
                k = other - 1;
                continue;
            }
            if (IsBoundary(t) || ClauseWords.Contains(n) || verbs.IsVerbForm(n) && k < end || participle && n == "with") break;
            k--;
            counted++;
        }
        return (k + 1, k);
    }

    private const int MaxClauseSubject = 6;

    private static readonly FrozenSet<string> IrregularPast = new[]
    {
        "set", "hit", "shot", "fought", "took", "struck", "made", "gave", "led", "held", "sent", "left", "kept", "met", "put",
        "ran", "saw", "won", "lost", "began", "drove", "threw", "broke", "blew", "spread", "swept", "sought", "brought",
        "built", "caught", "stood", "went", "came", "became", "fell", "flew", "knew", "is", "was", "were", "has", "had", "have",
    }.ToFrozenSet();

    /// <summary>
    /// The subject of the clause that ends at <paramref name="end"/>, found as the words before its first verb-looking word
    /// ("the group called ..."): the best that can be done without a tagger, so it gives up beyond a few words.
    /// </summary>
    public static TextSpan? ClauseSubject(string text, IReadOnlyList<Token> tokens, int end)
    {
        var start = end;
        while (start > 0 && tokens[start - 1].Norm is not ("," or ";" or ":" or "(")) start--;
        while (start < end && tokens[start].IsWord && NameWords.FunctionWords.Contains(tokens[start].Norm) && tokens[start].Norm is not ("the" or "a" or "an")) start++;
        for (var k = start + 1; k < end && k - start <= MaxClauseSubject; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || char.IsUpper(text[t.Span.Start])) continue;
            if (t.Norm.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(t.Norm))
                return new TextSpan(tokens[start].Span.Start, tokens[k - 1].Span.End);
        }
        return null;
    }

    /// <summary>A speaker named after the verb or after "according to": up to a comma, a clause word or a time phrase.</summary>
    public static int SpeakerForward(IReadOnlyList<Token> tokens, int start)
    {
        var k = start;
        while (k < tokens.Count && k - start < MaxSpeakerTokens)
        {
            var t = tokens[k];
            if (t.Norm == "(")
            {
                var close = k + 1;
                while (close < tokens.Count && tokens[close].Norm != ")") close++;
                if (close >= tokens.Count) break;
                k = close + 1;
                continue;
            }
            if (IsBoundary(t) || ClauseWords.Contains(t.Norm) || IsDash(t, tokens)) break;
            if (t.Norm == "on" && k + 1 < tokens.Count && NameWords.Calendar.Contains(tokens[k + 1].Norm)) break;
            k++;
        }
        return k;
    }

    /// <summary>Skips what stands between a verb and its content: "that", ":", "in a statement", "on Friday", the listener of "told".</summary>
    public static int SkipToContent(string text, IReadOnlyList<Token> tokens, int j, bool told)
    {
        if (told) j = SkipAudience(text, tokens, j);
        while (j < tokens.Count)
        {
            var n = tokens[j].Norm;
            if (n is "that" or ":" or "," or "on" or "late" or "early" or "earlier" or "later" or "also" or "yesterday" or "today"
                or "tonight" or "last" or "this" or "via" || NameWords.Calendar.Contains(n) || TimeWords.Contains(n)) { j++; continue; }
            if (n is "social" or "telegram" or "twitter" or "x" or "facebook" or "instagram" or "youtube" or "online" && j > 0 && tokens[j - 1].Norm == "on")
            { j += n == "social" ? 2 : 1; continue; }
            // "in a statement posted on Telegram that ..."
            if (n is "posted" or "published" or "released" or "issued" or "broadcast" or "shared" or "carried" or "aired" && j > 0 && Channels.Contains(tokens[j - 1].Norm)) { j++; continue; }
            if (n == "in" && j + 2 < tokens.Count && tokens[j + 1].Norm is "a" or "an" or "its" or "their" or "his" or "her" or "the")
            {
                var c = j + 2;
                while (c < tokens.Count && c - j <= 4 && Channels.Contains(tokens[c].Norm)) c++;
                if (c > j + 2) { j = c; continue; }
            }
            break;
        }
        return j;
    }

    private static int SkipAudience(string text, IReadOnlyList<Token> tokens, int j)
    {
        if (j >= tokens.Count) return j;
        var k = j;
        if (tokens[k].Norm is "the" or "a" or "an" && k + 1 < tokens.Count) k++;
        if (NameScanner.IsCap(text, tokens[k]))
        {
            while (k < tokens.Count && tokens[k].IsWord && (char.IsUpper(text[tokens[k].Span.Start]) || NameWords.Particles.Contains(tokens[k].Norm))) k++;
            return k;
        }
        for (var m = 0; m < 3 && k + m < tokens.Count; m++)
            if (Audience.Contains(tokens[k + m].Norm)) return k + m + 1;
        return j;
    }

    public static bool IsBoundary(Token t) => t.Kind == TokenKind.Quote || t.Norm is "," or ";" or ":" or "." or "?" or "!" or "(";
}
