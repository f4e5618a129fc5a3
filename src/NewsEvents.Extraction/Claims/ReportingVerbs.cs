using System.Collections.Frozen;
using NewsEvents.Extraction.People;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Claims;

/// <summary>One reporting verb form: "said" is say/assertion, "claimed" + "responsibility" is claim_of_responsibility.</summary>
/// <param name="Next">A word that must follow ("out" for "pointed out"), or null.</param>
public sealed record VerbEntry(string Form, string Lemma, string Stance, string? Next)
{
    public bool IsParticiple => Form.EndsWith("ing", StringComparison.Ordinal);
    public bool IsBare => Form == Lemma || Form is "claim" or "report" or "deny" or "accuse" or "blame" or "vow" or "say" or "announce";
}

/// <summary>A reporting verb found in a sentence: tokens [First, Last].</summary>
public readonly record struct VerbHit(int First, int Last, VerbEntry Entry);

/// <summary>The reporting verbs and stance words, loaded once from Resources/claims.</summary>
public sealed class ReportingVerbs
{
    private static readonly FrozenSet<string> Modals = new[]
    {
        "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do", "not", "never",
        "cannot", "won't", "wouldn't", "couldn't", "didn't", "doesn't", "don't",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Passive = new[] { "was", "were", "been", "being", "is", "are", "be", "'s" }.ToFrozenSet();

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "whose", "any", "no",
        "such", "with",
    }.ToFrozenSet();

    private readonly FrozenDictionary<string, VerbEntry[]> _forms;

    /// <summary>Stance words of claim content: word (or two words joined by a space) to denial, promise or threat.</summary>
    public FrozenDictionary<string, string> StanceWords { get; }

    private readonly FrozenSet<string> _pairStarts;

    /// <summary>True when a stance entry of two words starts with this word ("no truth", "hold accountable").</summary>
    public bool IsStancePairStart(string norm) => _pairStarts.Contains(norm);

    /// <summary>Head nouns a speaker after the verb may end in: "said a UN official".</summary>
    public FrozenSet<string> SourceNouns { get; }

    private ReportingVerbs(FrozenDictionary<string, VerbEntry[]> forms, FrozenDictionary<string, string> stanceWords, FrozenSet<string> sourceNouns)
    {
        _forms = forms;
        StanceWords = stanceWords;
        SourceNouns = sourceNouns;
        _pairStarts = stanceWords.Keys.Where(k => k.Contains(' ')).Select(k => k[..k.IndexOf(' ')]).ToFrozenSet();
    }

    public static ReportingVerbs LoadDefault()
    {
        var forms = DataFile.Rows("claims/verbs.tsv")
            .Select(f => new VerbEntry(f[0].Trim(), f[1].Trim(), f[2].Trim(), f.Length > 3 && f[3].Trim().Length > 0 ? f[3].Trim() : null))
            .GroupBy(v => v.Form)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(v => v.Next is null).ToArray());
        var stance = DataFile.Rows("claims/stance-words.tsv").DistinctBy(f => f[0]).ToFrozenDictionary(f => Folding.Fold(f[0].Trim()), f => f[1].Trim());
        var sources = DataFile.Rows("claims/source-nouns.txt").Concat(DataFile.Rows("people/roles.txt"))
            .Select(f => Folding.Fold(f[0].Trim())).ToFrozenSet();
        return new ReportingVerbs(forms, stance, sources);
    }

    public bool IsVerbForm(string norm) => _forms.ContainsKey(norm);

    private static bool LooksLikePastVerb(string norm) => norm.EndsWith("ed", StringComparison.Ordinal) || norm is "told" or "said" or "says";

    /// <summary>The reporting verb at token i, unless the grammar around it says it is not one here.</summary>
    public VerbHit? Match(IReadOnlyList<Token> tokens, int i)
    {
        if (!_forms.TryGetValue(tokens[i].Norm, out var entries)) return null;
        foreach (var e in entries)
        {
            if (e.Next is not null)
            {
                if (i + 1 < tokens.Count && tokens[i + 1].Norm == e.Next) return new VerbHit(i, i + 1, e);
                continue;
            }
            if (Blocked(tokens, i, e)) return null;
            return new VerbHit(i, i, e);
        }
        return null;
    }

    private static bool Blocked(IReadOnlyList<Token> tokens, int i, VerbEntry e)
    {
        var prev = PreviousWord(tokens, i);
        // "was announced", "is said": passives report no speaker; "to say", "could not confirm": no statement was made
        if (prev is not null && Passive.Contains(prev) && !e.IsParticiple) return true;
        if (e.IsBare && prev is not null && (Modals.Contains(prev) || Determiners.Contains(prev))) return true;
        // "the claim", "its reports", "the alleged build-up": nouns and adjectives, not verbs
        if (prev is not null && Determiners.Contains(prev) && !e.IsParticiple) return true;
        // "dismissed reports of", "denied claims that": a noun after another reporting verb
        if (prev is not null && (e.Form.EndsWith('s') || e.IsBare) && i > 0 && tokens[i - 1].Norm == prev && LooksLikePastVerb(prev)) return true;
        // "counter-claim"
        if (i > 0 && tokens[i - 1].IsHyphen && tokens[i - 1].Span.End == tokens[i].Span.Start) return true;
        // "adds to the turmoil"
        if (e.Lemma == "add" && i + 1 < tokens.Count && tokens[i + 1].Norm is "to" or "up") return true;
        // "claimed the lives of"
        if (e.Lemma == "claim" && i + 2 < tokens.Count && (tokens[i + 1].Norm == "lives" || tokens[i + 2].Norm is "lives" or "life")) return true;
        return false;
    }

    private static string? PreviousWord(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            var n = tokens[k].Norm;
            if (n is "also" or "reportedly" or "later" or "earlier" or "previously" or "repeatedly" or "publicly" or "further") continue;
            return tokens[k].IsWord || tokens[k].IsNumber ? n : null;
        }
        return null;
    }
}
