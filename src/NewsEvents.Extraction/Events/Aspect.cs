using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>What the words just before a trigger say about whether it tells a new event: hypothetical, negated, told before, or background.</summary>
internal static class Aspect
{
    // Words just before a trigger that make it something not (yet) happened: "vowed to repel the attack", "would attack".
    private static readonly HashSet<string> Irrealis = ["to", "will", "would", "could", "might", "may", "not", "no", "never", "threatened", "vowed", "plan", "plans", "planned", "prevent", "avoid", "against", "without"];

    // Determiners that point back at an event already told: "that strike", "the same attack", "this week's fighting".
    private static readonly HashSet<string> Anaphoric = ["that", "this", "same", "those", "these"];

    // Nouns that name an event without saying what kind: after "the" they point back at one already told.
    private static readonly HashSet<string> GenericNouns =
    [
        "attack", "attacks", "assault", "offensive", "violence", "fighting", "raid", "incident", "killing", "killings", "shooting", "ambush",
        "bombing", "blast", "explosion", "massacre", "abduction", "kidnapping", "clashes", "strike", "strikes", "shelling", "airstrike",
    ];

    private static readonly HashSet<string> Adverbs = ["reportedly", "allegedly", "also", "already", "repeatedly", "previously", "recently", "since", "frequently", "often", "been", "not"];

    // "vowed to repel the attack": an intent before "to" makes what follows it unreal too
    private static readonly HashSet<string> Intent = ["vowed", "vow", "vows", "threatened", "threatens", "planned", "plans", "plan", "promised", "pledged", "wanted", "wants", "intended", "intends", "decided", "sought", "seeks", "aims", "aimed", "prepared", "preparing", "ready", "unable", "failed"];

    private static readonly HashSet<string> Attempt = ["attempted", "attempting", "tried", "trying", "attempt"];

    // "would pay a heavy price for every advance": a modal anywhere in the clause before the trigger
    private static readonly HashSet<string> Modals = ["will", "would", "could", "might", "may", "should", "must", "every", "any", "further", "possible", "future"];

    // "found the remains of the vest and two grenades", "seized explosives": a weapon found is not a weapon used
    private static readonly HashSet<string> Finding = ["found", "recovered", "discovered", "seized", "confiscated", "defused", "dismantled", "cache", "unexploded", "down", "downed", "intercepted", "jammed", "destroyed"];

    /// <summary>"accused the army of shelling civilian areas": the act an accusation alleges, told as "of" and a verb in -ing.</summary>
    public static bool IsAllegedAct(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first; k >= Math.Max(1, first - 8); k--)
            if (tokens[k - 1].Norm == "of" && tokens[k].Norm.EndsWith("ing", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether the trigger names a person ("suicide bomber", "bombers") rather than a weapon.</summary>
    public static bool NamesABomber(TextSpan trigger, string text)
    {
        var word = text.AsSpan(trigger.Start, trigger.Length);
        return word.EndsWith("bomber", StringComparison.OrdinalIgnoreCase) || word.EndsWith("bombers", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsWeaponFound(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 7); k--)
        {
            if (Finding.Contains(tokens[k].Norm)) return true;
            if (tokens[k].Norm is "." or ";" or ":") break;
        }
        return first + 1 < tokens.Count && tokens[first + 1].Norm is "that" && first + 3 < tokens.Count && tokens[first + 3].Norm == "not";
    }

    public static bool IsIrrealis(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 6); k--)
        {
            // "to" makes an infinitive only right before the verb: "vowed to repel", not "on the road to town was shot"
            var norm = tokens[k].Norm;
            // ("attempted to pillage", "tried to kill": an attempt is an event)
            if (norm == "to" && k > 0 && Attempt.Contains(tokens[k - 1].Norm)) return false;
            if (k >= first - 3 && Irrealis.Contains(norm) && (norm != "to" || k == first - 1 || k > 0 && Intent.Contains(tokens[k - 1].Norm)) || Modals.Contains(norm)) return true;
            if (tokens[k].Kind == TokenKind.Punct && tokens[k].Norm != "-") break;
        }
        return false;
    }

    // "that strike", "the same attack", "the camp attack", "responsibility for the attack": a pointing determiner, "the"
    // before a generic event noun, or "the" with a noun that names the target. (Only once an event has been told:
    // the caller opens a frame when there is none before.)
    public static bool IsAnaphoric(IReadOnlyList<Token> tokens, int first)
    {
        if (first >= 1 && Anaphoric.Contains(tokens[first - 1].Norm)) return true;
        // "Yesterday's strike", "Sunday's attack"
        if (first >= 2 && tokens[first - 1].Norm == "'s" && tokens[first - 2].Norm is "yesterday" or "today" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "weekend" or "night") return true;
        if (first >= 1 && tokens[first - 1].Norm is "the" or "its" or "their" && GenericNouns.Contains(tokens[first].Norm)) return true;
        return first >= 2 && tokens[first - 1].Norm is "camp" or "market" or "school" or "hospital" && tokens[first - 2].Norm is "the" or "that" or "this";
    }

    private static readonly HashSet<string> Orders = ["ordered", "orders", "order", "forced", "forcing", "instructed", "compelled"];

    /// <summary>"ordered residents of six neighbourhoods to leave": an order or a force a few words before the trigger.</summary>
    public static bool IsOrdered(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 12); k--)
        {
            if (Orders.Contains(tokens[k].Norm)) return true;
            if (tokens[k].Norm is "." or ";") return false;
        }
        return false;
    }

    /// <summary>"began its latest campaign of strikes", "a series of attacks": many events named at once, none of them one incident.</summary>
    public static bool IsSeries(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && tokens[first - 1].Norm == "of" && tokens[first - 2].Norm is "campaign" or "series" or "spate" or "string" or "wave" or "spree" or "surge";

    /// <summary>
    /// "That raid belonged to the wave of violence that followed the vote in Northport", "This was part of
    /// a sweep against smugglers": a sentence that sets the event told before in a wider one tells that wider one as background.
    /// </summary>
    public static bool IsPartOfWider(IReadOnlyList<Token> tokens)
    {
        var k = 0;
        if (k < tokens.Count && tokens[k].Norm is "the" or "this" or "that" or "these" or "it") k++;
        // the subject: a pointing word alone, or up to two words naming what was told ("the attacks", "the abduction")
        for (var n = 0; n < 2 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && !PartOfVerbs.Contains(tokens[k].Norm); n++) k++;
        if (k == 0 || k >= tokens.Count || !PartOfVerbs.Contains(tokens[k].Norm)) return false;
        k++;
        while (k < tokens.Count && tokens[k].Norm is "likely" or "reportedly" or "allegedly" or "also" or "probably" or "believed" or "thought" or "to" or "be") k++;
        return k + 1 < tokens.Count && tokens[k].Norm == "part" && tokens[k + 1].Norm == "of";
    }

    private static readonly HashSet<string> PartOfVerbs = ["was", "were", "is", "are", "appeared", "appears", "seemed", "seems"];

    /// <summary>"during operations following the shrine bombing": an event named as the time of another is not the one reported.</summary>
    public static bool IsEarlierEvent(IReadOnlyList<Token> tokens, int first)
    {
        if (first >= 1 && tokens[first - 1].Norm is "following" or "after") return true;
        for (var k = first - 1; k >= Math.Max(1, first - 4); k--)
        {
            // "to avenge a previous roadside bombing near the market"
            if (tokens[k].Norm is "earlier" or "previous" && tokens[k - 1].Norm is "an" or "a") return true;
            if (tokens[k].Norm is "the" or "last" or "previous" or "earlier") return tokens[k - 1].Norm is "following" or "after" or "since" or "before" or "avenge" or "retaliation" or "revenge";
        }
        return false;
    }

    private static readonly HashSet<string> Circumstance = ["as", "amid", "amidst", "while"];

    private static readonly HashSet<string> Ongoing = ["intensified", "intensifies", "continued", "continues", "escalated", "escalates", "raged", "rages", "raging", "grew", "spread", "persisted", "mounted", "worsened", "continuing", "ongoing"];

    /// <summary>
    /// "..., as fighting between troops and militias intensified", "amid ongoing clashes": a trigger in a clause that gives the
    /// setting of another event. "as fighting broke out" is an event of its own.
    /// </summary>
    public static bool IsCircumstance(IReadOnlyList<Token> tokens, int first)
    {
        var opened = false;
        for (var k = first - 1; k >= Math.Max(0, first - 2); k--)
        {
            if (Circumstance.Contains(tokens[k].Norm)) { opened = true; break; }
            if (Ongoing.Contains(tokens[k].Norm)) return k > 0 && Circumstance.Contains(tokens[k - 1].Norm);
            if (tokens[k].Kind == TokenKind.Punct) return false;
        }
        if (!opened) return false;
        for (var k = first + 1; k < Math.Min(tokens.Count, first + 12); k++)
        {
            if (Ongoing.Contains(tokens[k].Norm)) return true;
            if (tokens[k].Norm is "." or ";") break;
        }
        return tokens[first - 1].Norm is "amid" or "amidst";
    }

    /// <summary>"had taken", "had been abducted": the pluperfect, which tells what happened before the reported event.</summary>
    public static bool IsPluperfect(IReadOnlyList<Token> tokens, int first) => Auxiliary(tokens, first) == "had";

    /// <summary>
    /// "has carried out", "have been killed", "fighting has intensified": the perfect, which in news describes a state of affairs
    /// unless a figure or a day comes with it.
    /// </summary>
    public static bool IsPerfect(IReadOnlyList<Token> tokens, int first, int last) =>
        Auxiliary(tokens, first) is "has" or "have" || last + 1 < tokens.Count && tokens[last + 1].Norm is "has" or "have";

    private static readonly HashSet<string> SpeechVerbs = ["said", "says", "say", "told", "reported", "claimed", "stated", "added", "announced", "confirmed", "according", "alleged"];

    /// <summary>"the General Staff said its units had repelled 23 assaults": a pluperfect in reported speech is the report's tense, not history.</summary>
    public static bool IsReported(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0; k--)
            if (SpeechVerbs.Contains(tokens[k].Norm)) return true;
        return false;
    }

    private static string? Auxiliary(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            var norm = tokens[k].Norm;
            if (norm is "had" or "has" or "have") return norm;
            if (!Adverbs.Contains(norm)) return null;
        }
        return null;
    }
}
