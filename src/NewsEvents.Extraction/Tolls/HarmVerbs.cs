using System.Collections.Frozen;
using NewsEvents.Extraction.Syntax;

namespace NewsEvents.Extraction.Tolls;

/// <summary>The parsed casualty grammar's harm verbs (Resources/tolls/harm-lemmas.tsv), read by lemma.</summary>
internal sealed class HarmVerbs
{
    private readonly FrozenDictionary<string, (string Kind, string[] Needs)> _byLemma;

    public HarmVerbs(IEnumerable<string> lines)
    {
        _byLemma = lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .ToFrozenDictionary(f => f[0], f => (f[1], f.Length > 2 ? f[2].Split('|') : Array.Empty<string>()));
    }

    // Harms whose victims are their subject: "three people died", "13 migrants drowned", "two lost their lives";
    // "dead" for the parse that makes it the verb ("left three dead")
    public static bool TakesSubject(string lemma) => lemma is "die" or "perish" or "drown" or "dead" or "lose" or "succumb";

    // Nouns that name a killing and take its victims with "of": "the killing of a village chief".
    private static readonly HashSet<string> HarmNouns = ["killing", "murder", "assassination", "execution", "beheading", "lynching", "slaying", "massacre"];

    public static HarmVerbs LoadDefault() => new(ResourceFiles.ReadLines("tolls/harm-lemmas.tsv"));

    // The lemmatizer's suffix rules drop "-ed" whole, so a verb the treebank never showed it keeps no silent e
    // ("executed" -> "execut", "tortured" -> "tortur"); irregular participles ("beaten", "slain") are listed as forms.
    private (string Kind, string[] Needs)? Entry(string lemma) =>
        _byLemma.TryGetValue(lemma, out var entry) || _byLemma.TryGetValue(lemma + "e", out entry) ? entry : null;

    // "the shooting death of a councillor": a death named by the harm that caused it
    // "the beating to death of two herders": the harm noun governs "to death", whose "of" names the victims
    private bool ViolentDeath(SentenceSyntax parse, int noun) =>
        parse.Lemma(noun) == "death" && (parse.Children(noun).Any(c => c < noun && parse.Relation(c) is "compound" or "amod" && Killing(parse.Lemma(c)))
            || parse.Children(noun, "case").Any(c => parse.Lemma(c) == "to") && parse.Head(noun) is var harm and >= 0
               && parse.Upos(harm) == "NOUN" && Killing(parse.Lemma(harm)));

    // "shooting", "beating": a noun the tagger keeps whole names the verb's harm
    private bool Killing(string modifier) =>
        Entry(modifier.EndsWith("ing", StringComparison.Ordinal) ? Undoubled(modifier[..^3]) : modifier) is { Kind: TollKinds.Killed };

    // "stabbing" -> "stab", "clubbing" -> "club": the "-ing" form doubles a short verb's last consonant
    private static string Undoubled(string stem) =>
        stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'f') ? stem[..^1] : stem;

    /// <summary>The toll kind a token signals as a verb of harm, or null.</summary>
    public string? Kind(SentenceSyntax parse, int token)
    {
        var upos = parse.Upos(token);
        // "found dead", "leaving three dead": the adjective is the harm, predicated of its head's object
        if (upos == "ADJ")
        {
            if (parse.Lemma(token) == "dead" && parse.Relation(token) == "xcomp") return TollKinds.Killed;
            // "six travellers were burnt to death": the tagger may take a participle after "were" for an adjective
            if (parse.Child(token, "cop") < 0) return null;
        }
        // "gunmen shot dead a leader", with "shot" taken for a noun and "dead" for the verb; "a man was found shot dead",
        // with "dead" for what was found
        else if (parse.Lemma(token) == "dead" && token > 0 && parse.Sentence.Tokens[token - 1].Norm == "shot"
                 && (upos == "VERB" || upos == "NOUN" && parse.Relation(token) == "obj" && parse.Head(token) is var found and >= 0 && parse.Lemma(found) == "find")) return TollKinds.Killed;
        else if (upos == "NOUN") return HarmNouns.Contains(parse.Lemma(token)) || ViolentDeath(parse, token) ? TollKinds.Killed : null;
        else if (upos != "VERB") return null;
        if (Entry(parse.Lemma(token)) is not { } entry) return null;
        if (entry.Needs.Length == 0) return entry.Kind;
        // "was shot dead Friday": the word right after the verb, however the parser hung it
        var toks = parse.Sentence.Tokens;
        if (token + 1 < toks.Count && entry.Needs.Contains(toks[token + 1].Norm)) return entry.Kind;
        // "was shot to death Thursday": the parser may hang "death" from the day rather than the verb
        if (token + 2 < toks.Count && toks[token + 1].Norm == "to" && entry.Needs.Contains(toks[token + 2].Norm)) return entry.Kind;
        foreach (var child in parse.Children(token))
            if (entry.Needs.Contains(toks[child].Norm)) return entry.Kind;
        // "hacked a priest to death": the parser often hangs the result from the object rather than the verb
        if (parse.Object(token) is var obj and >= 0)
            foreach (var child in parse.Children(obj))
                if (child > obj && entry.Needs.Contains(toks[child].Norm)) return entry.Kind;
        // "shot and wounded" stays unread here; the token grammar reads what it can
        return null;
    }
}
