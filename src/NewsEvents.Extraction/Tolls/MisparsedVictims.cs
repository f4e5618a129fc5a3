using NewsEvents.Extraction.Syntax;

namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// Where a harm's victims may hang when the parse went wrong. <see cref="ParsedTolls"/> asks only when the victims the
/// parse gives count nobody, and takes the first candidate that counts someone.
/// </summary>
internal static class MisparsedVictims
{
    // Where the victims of a harm may hang when the parse went wrong: for an active harm, the noun phrase right after
    // the verb ("a sniper on Monday killed veteran broadcaster X", the verb read as a modifier); for one that takes its
    // victims as subject, nearest first, the antecedent of a relative pronoun; the object of the verb that reports a
    // subjectless clause ("police say a mayor has been killed"); a second subject of the verb
    // ("Ali \"Bazooka\" Musa ... was killed" read as two subjects); a nominal the wrong subject governs with no preposition
    // ("the mayor of the commune near X was killed", where the mayor hangs as the commune's subject); the subject of
    // the passive verb whose oblique the dying was joined to ("was shot by raiders and died of the wounds"); the
    // nominals the harm hangs under, up to the one heading the sentence ("a conservationist who worked on cases has
    // been shot dead", read as a noun with a long relative clause), whose appositions are then read as descriptions,
    // not as the rest of a list, since the parse that lost the verb has lost the commas' structure too
    public static IEnumerable<(int Head, bool Lists)> Candidates(SentenceSyntax parse, int verb, int victims)
    {
        // "was shot by raiders and died": the dying joined to the agent of the passive verb
        if (parse.Lemma(verb) is "die" or "succumb" && parse.Relation(verb) == "conj" && parse.Subject(verb) < 0 && parse.Head(verb) is var agent and >= 0
            && parse.Upos(agent) is "NOUN" or "PROPN" && parse.Head(agent) is var passive and >= 0
            && parse.IsPassive(passive) && parse.Subject(passive) is var shot and >= 0 && ParsedTolls.NoFigureBetween(parse, passive, verb))
            yield return (shot, true);
        var target = verb;
        if (parse.Relation(verb) == "conj" && parse.Subject(verb) < 0 && parse.Head(verb) is var first and >= 0 && parse.Upos(first) is "VERB" or "AUX") target = first;
        // "was found tortured and hacked to death, police said": the participle read as a clause of its own beside the finding
        if (parse.Subject(target) < 0 && target > 0 && parse.Lemma(target - 1) == "find" && parse.IsPassive(target - 1)
            && parse.Subject(target - 1) is var found and >= 0)
            yield return (found, true);
        if (!parse.IsPassive(target) && !HarmVerbs.TakesSubject(parse.Lemma(target)))
        {
            // "a suspect who the mob lynched": the relative pronoun as the object
            if (victims >= 0 && parse.Relation(victims) == "obj" && IsRelative(parse, victims))
                foreach (var antecedent in Antecedents(parse, victims, verb)) yield return (antecedent, true);
            // (the phrase is the object the parser mistagged, as "killed veteran broadcaster X" with "veteran" a number)
            if (parse.Upos(verb) == "VERB" && !parse.IsPassive(verb) && PhraseAfter(parse, verb) is var after and >= 0) yield return (after, true);
            yield break;
        }
        if (victims >= 0 && parse.Relation(victims) == "obj") yield break;
        var subject = victims >= 0 && parse.Head(victims) == target ? victims : parse.Subject(target);
        // "three farmers and a boy who died", "a poet who is believed to have been murdered": a relative pronoun
        // stands for the noun its clause modifies, however deep in the clause the harm is
        foreach (var antecedent in Antecedents(parse, victims >= 0 && IsRelative(parse, victims) ? victims : subject, target)) yield return (antecedent, true);
        // "police say a mayor has been killed": the clause's subject read as the object of the verb that reports it
        if (subject < 0 && parse.Relation(target) == "ccomp" && parse.Head(target) is var says and >= 0
            && parse.Object(says) is var said and >= 0 && said < target)
            yield return (said, true);
        // "a prisoner being held in X was beaten to death": the harm read as a clause under the participle that describes
        // its subject, whose passive subject is then the victim
        if (subject < 0 && parse.Relation(target) == "ccomp" && parse.Head(target) is var held and >= 0 && parse.IsPassive(held)
            && parse.Subject(held) is var describedSubject and >= 0 && describedSubject < held)
            yield return (describedSubject, true);
        foreach (var c in parse.Children(target).Reverse())
            if (c < target && c != subject && parse.Relation(c) is "nsubj" or "nsubj:pass" && !AfterPreposition(parse, c)) yield return (c, true);
        if (subject >= 0)
            foreach (var c in parse.Children(subject))
                if (c < subject && parse.Relation(c) is "nsubj" or "nsubj:pass" or "appos" or "dep" && parse.Children(c, "case").Count == 0) yield return (c, true);
        for (var up = parse.Head(target); up >= 0; up = parse.Head(up))
            if (up < target && up != subject && parse.Upos(up) is "NOUN" or "PROPN" or "NUM") yield return (up, false);
    }

    private static bool IsRelative(SentenceSyntax parse, int token) => parse.Sentence.Tokens[token].Norm is "who" or "whom" or "that";

    // What a relative pronoun stands for: the noun its clause modifies, however deep in the clause the harm is, or the
    // noun right before the pronoun when the parser hung the clause elsewhere (from its first conjunct)
    private static IEnumerable<int> Antecedents(SentenceSyntax parse, int pronoun, int harm)
    {
        if (pronoun < 0 || !IsRelative(parse, pronoun)) yield break;
        var clause = harm;
        while (parse.Relation(clause) is "xcomp" or "conj" && parse.Head(clause) >= 0) clause = parse.Head(clause);
        if (parse.Relation(clause) == "acl:relcl" && parse.Head(clause) is var noun and >= 0) yield return noun;
        var before = pronoun > 0 && parse.Sentence.Tokens[pronoun - 1].Norm == "," ? pronoun - 2 : pronoun - 1;
        if (before < 0 || parse.Upos(before) is not ("NOUN" or "PROPN")) yield break;
        while (parse.Relation(before) == "conj" && parse.Head(before) is var earlier and >= 0 && earlier < before) before = earlier;
        yield return before;
    }

    // The head of the noun phrase that starts right after the verb, or after the verb's "to death" or "dead"
    // ("slashing to death 11 people"): its last noun before anything else ("prominent Jordanian writer"), or -1
    private static int PhraseAfter(SentenceSyntax parse, int verb)
    {
        var toks = parse.Sentence.Tokens;
        var start = verb + 1;
        if (start + 1 < toks.Count && toks[start].Norm == "to" && toks[start + 1].Norm == "death") start += 2;
        else if (start < toks.Count && toks[start].Norm == "dead") start++;
        var head = -1;
        for (var k = start; k < toks.Count && parse.Upos(k) is "DET" or "NUM" or "ADJ" or "NOUN" or "PROPN"; k++)
            if (parse.Upos(k) is "NOUN" or "PROPN") head = k;
            else if (head >= 0) break;
        return head;
    }

    // "children under 18 were killed": a preposition the parser read as a mark before a second subject
    private static bool AfterPreposition(SentenceSyntax parse, int c) => ParsedTolls.PhraseStart(parse, c) is var start and > 0 && parse.Upos(start - 1) == "ADP";
}
