using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.Syntax;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// The casualty grammar over the dependency parse: the victims of a harm verb are its object, or its passive subject
/// (its subject for "die"), plus everything conjoined with them; each is counted by its number (nummod), by "a"/"an",
/// or as one person when it is a singular person noun, a name or a personal pronoun. This reaches what the token
/// grammar cannot: victim nouns no list has ("six sheikhs"), coordination ("two militants and five policemen"),
/// a relative clause between the count and its verb, and implicit single victims ("shot dead a village elder").
/// </summary>
internal sealed class ParsedTolls(TollLexicon lex, WordClasses classes, HarmVerbs verbs)
{
    // Heads that govern a harm without being one: "threatened to kill", "tried to kill", "could kill".
    private static readonly HashSet<string> Unrealised = ["threaten", "vow", "plan", "try", "attempt", "want", "seek", "intend", "aim", "warn", "fear", "pledge", "promise"];
    private static readonly HashSet<string> Modals = ["could", "would", "might", "may", "will", "should", "can", "must"];
    private static readonly HashSet<string> OnePersonPronouns = ["he", "she", "him", "her"];
    // "his body was found", "two bodies were recovered": finding the dead is a toll of the dead
    private static readonly HashSet<string> Finders = ["find", "discover", "recover", "retrieve", "exhume", "dump"];
    private static readonly HashSet<string> Remains = ["body", "bodies", "corpse", "corpses", "remains"];

    public void Match(string text, Sentence sentence, SentenceSyntax parse, List<RawToll> output)
    {
        var toks = sentence.Tokens;
        for (var v = 0; v < toks.Count; v++)
        {
            if (!toks[v].IsWord || Unreal(parse, v)) continue;
            var kind = verbs.Kind(parse, v);
            // (a shooting read as a killing by what the report leaves untold takes only the victims the parse gives it)
            var shooting = kind is null && FatalShooting(text, parse, v);
            if (shooting) kind = TollKinds.Killed;
            var victims = -1;
            if (kind is not null && Commemorated(parse, v)) continue;
            if (kind is not null) victims = Victims(parse, v);
            else if (!Body(parse, v, out victims)) continue;
            var found = kind is null;
            var members = victims >= 0 ? Gathered(toks, parse, v, victims) : [];
            // the parser may give a harm whose victims are its subject a subject that counts nobody ("the mayor of the
            // commune near the town was killed", read as "commune ... was killed"): the misparse's other readings
            // (a person noun that counts nobody, "many children", was read right: it says no number)
            if (!found && !shooting && (victims < 0 || parse.Upos(victims) != "NOUN" || !IsPerson(toks, parse, victims)) && !members.Any(m => Count(text, toks, parse, m) is not null))
                foreach (var (other, lists) in MisparsedVictims.Candidates(parse, v, victims))
                    if (Gathered(toks, parse, v, other, lists) is var those && those.Any(m => Count(text, toks, parse, m) is not null))
                    {
                        (victims, members) = (other, those);
                        break;
                    }
            if (victims < 0) continue;
            kind ??= TollKinds.Killed;
            if (kind == TollKinds.Killed && Companion(parse, v) is var companion and >= 0 && !members.Contains(companion))
                members = [.. members, .. Members(parse, companion)];
            // "the six bodies and a wounded man were found": only the remains found are dead
            if (found) members.RemoveAll(m => m != victims && !Remains.Contains(toks[m].Norm));
            // each victim group is a toll of its own: the event adds distinct groups up ("two militants and five
            // policemen" is 2 + 5), as it does for the groups the token grammar reads
            foreach (var m in members)
            {
                if (Count(text, toks, parse, m) is not { } q) continue;
                var first = FirstOf(parse, m);
                // ("two more": the word that makes them others is the toll's, as the token grammar reads it)
                var last = Math.Max(m, q.End - 1);
                if (last + 1 < toks.Count && toks[last + 1].Norm is "more" or "others" && parse.Upos(m) == "NUM") last++;
                var span = new TextSpan(toks[Math.Min(first, q.First)].Span.Start, toks[last].Span.End);
                var victimsText = toks[m].Kind == TokenKind.Number || parse.Upos(m) == "NUM" ? Group(toks, parse, m)
                    : toks[m].Norm == "old" ? Folding.Fold(text.AsSpan(toks[first].Span.Start, toks[m].Span.End - toks[first].Span.Start)) // "three-year-old"
                    : Noun(text, toks, parse, m);
                output.Add(new RawToll(kind, q, victimsText, [], null, null, span, q.Span, sentence.Index));
            }
        }
    }

    private static readonly HashSet<string> Limbs = ["leg", "legs", "arm", "arms", "foot", "feet", "hand", "hands", "knee", "knees", "thigh", "thighs", "shoulder", "ankle", "buttocks"];

    // "a lawyer was shot at his home", "gunmen shot two traders": a shooting told with no word of a wound, of care or
    // of survival anywhere in the report is a killing (news tells the shooting of someone who lived as a wounding);
    // not "shot at them" (fired at), "shot into the air" or "shot in the leg"
    private static bool FatalShooting(string text, SentenceSyntax parse, int verb)
    {
        // (not "had no chance to shoot him": an infinitive tells of no shot fired)
        // (the tagger may take "shot" for a noun with an object, or for an adjective after "were")
        if (parse.Upos(verb) != "VERB" && !(parse.Lemma(verb) == "shot" && (parse.Object(verb) >= 0 || parse.Upos(verb) == "ADJ" && parse.Child(verb, "cop") >= 0))
            || parse.Lemma(verb) is not ("shoot" or "shot") || parse.Children(verb, "mark").Count > 0) return false;
        var toks = parse.Sentence.Tokens;
        if (verb + 1 < toks.Count && toks[verb + 1].Norm is "into" or "up" or "back") return false;
        foreach (var c in parse.Children(verb))
        {
            var cases = parse.Children(c, "case").Select(k => toks[k].Norm).ToList();
            if (cases.Contains("at") && (parse.Upos(c) == "PRON" || c == verb + 2 && toks[c].Norm != "home")) return false;
            if (cases.Contains("in") && Limbs.Contains(toks[c].Norm) || toks[c].Norm == "air") return false;
        }
        return !ReportWords.TellsOfSurvival(text);
    }

    // The victims' head with the further members the parser hangs elsewhere, each with everything conjoined with it
    private List<int> Gathered(IReadOnlyList<Token> toks, SentenceSyntax parse, int verb, int victims, bool lists = true)
    {
        var members = Members(parse, victims, lists);
        void Join(int rest) => members = [.. members, .. Members(parse, rest).Where(r => !members.Contains(r))];
        foreach (var rest in ListedSubjects(parse, victims)) Join(rest);
        members = [.. members, .. JoinedToModifier(toks, parse, members).Where(r => !members.Contains(r))];
        foreach (var rest in JoinedToVerb(toks, parse, verb, victims)) Join(rest);
        if (FirstSubjectAsHead(parse, verb, victims) is var first and >= 0 && !members.Contains(first)) members = [first, .. members];
        return members;
    }

    // "Peter Okoth, head of news at a radio station, and one John Wafula were assassinated": the parser may make the first
    // subject the head of the sentence and join the harm to it, leaving the verb only the second; the "and" before the
    // second subject (with its "one") says the first is a victim too
    private int FirstSubjectAsHead(SentenceSyntax parse, int verb, int victims)
    {
        var toks = parse.Sentence.Tokens;
        if (victims < 0 || parse.Relation(verb) != "conj" || parse.Head(verb) is not (var head and >= 0) || head > victims
            || parse.Upos(head) is not ("PROPN" or "NOUN") || parse.Relation(victims) is not ("nsubj" or "nsubj:pass")) return -1;
        var start = PhraseStart(parse, victims);
        if (start > 0 && toks[start - 1].Norm == "one") start--;
        if (start < 2 || toks[start - 1].Norm != "and" || toks[start - 2].Norm != ",") return -1;
        return parse.Upos(head) == "PROPN" || IsPerson(toks, parse, head) ? head : -1;
    }

    // The victims' head and everything conjoined with it, however nested: "the activist, his wife and their neighbour"
    private static List<int> Members(SentenceSyntax parse, int head, bool lists = true)
    {
        var members = new List<int> { head };
        for (var i = 0; i < members.Count && members.Count < 12; i++)
        {
            foreach (var c in parse.Children(members[i]))
                if ((parse.Relation(c) == "conj" && !SharesDeterminer(parse, members[i], c) || lists && ListedAfterComma(parse, members[i], c)) && !members.Contains(c))
                    members.Add(c);
            // "its drummer Juan Ruiz and its singer": the parser may join the next member to the name that follows a noun
            foreach (var name in NameAfter(parse, members[i]))
                foreach (var c in parse.Children(name, "conj"))
                    if (!members.Contains(c)) members.Add(c);
        }
        members.Sort();
        members.RemoveAll(c => NamesMemberBefore(parse, members, c));
        return members;
    }

    // The name in apposition right after a noun ("drummer Juan Ruiz", no comma between) and the name's further words
    private static IEnumerable<int> NameAfter(SentenceSyntax parse, int noun)
    {
        if (parse.Upos(noun) != "NOUN" || noun + 1 >= parse.Sentence.Tokens.Count || parse.Head(noun + 1) != noun
            || parse.Relation(noun + 1) != "appos" || parse.Upos(noun + 1) != "PROPN") yield break;
        yield return noun + 1;
        foreach (var word in parse.Children(noun + 1, "flat")) yield return word;
    }

    // "Ndlovu and his cousin, Sipho Dube, were shot": a name between commas right after a member that is a common noun
    // is that member's name, however the parser joined it
    private static bool NamesMemberBefore(SentenceSyntax parse, List<int> members, int c)
    {
        var toks = parse.Sentence.Tokens;
        if (parse.Upos(c) != "PROPN" || parse.Relation(c) != "conj" || parse.Child(c, "cc") >= 0) return false;
        var start = PhraseStart(parse, c);
        var end = PhraseEnd(parse, c); // (the closing comma may hang from the name)
        if (start < 2 || toks[start - 1].Norm != "," || toks[end].Norm != "," && (end + 1 >= toks.Count || toks[end + 1].Norm != ",")) return false;
        return members.Any(m => m < c && parse.Upos(m) == "NOUN" && PhraseEnd(parse, m) == start - 2);
    }

    // Nouns that name a person by sex, age or kin: "a woman and child" are two people, where "a businessman and
    // activist" (one article over two roles) is one
    private static readonly HashSet<string> Kin =
    [
        "man", "woman", "boy", "girl", "child", "baby", "infant", "toddler", "teenager", "husband", "wife", "son", "daughter",
        "mother", "father", "brother", "sister", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter",
        "grandmother", "grandfather", "parent", "relative",
    ];

    private static bool SharesDeterminer(SentenceSyntax parse, int first, int second)
    {
        var toks = parse.Sentence.Tokens;
        if (parse.Upos(first) != "NOUN" || parse.Upos(second) != "NOUN" || !NounPhrase.IsSingular(toks[first].Norm) || !NounPhrase.IsSingular(toks[second].Norm)) return false;
        if (!parse.Children(first, "det").Any(d => toks[d].Norm is "a" or "an")) return false;
        if (parse.Children(second).Any(k => k < second && parse.Relation(k) is "det" or "nmod:poss" or "nummod")) return false;
        return !Kin.Contains(toks[first].Norm) && !Kin.Contains(toks[second].Norm);
    }

    // "a headman, his wife and two daughters": the parser often hangs the second member of a list under the first as a
    // modifier with no preposition, or as an apposition; after a comma, and itself joined by "and" to the next, it is
    // one more member ("the man, a teacher, was shot" has no "and" and stays one)
    private static bool ListedAfterComma(SentenceSyntax parse, int member, int c)
    {
        if (c < member || parse.Relation(c) is not ("appos" or "nmod") || parse.Children(c, "case").Count > 0) return false;
        return OpensListRest(parse, c);
    }

    // "the activist, his wife and their neighbour were shot": or as a second subject of the verb
    private static IEnumerable<int> ListedSubjects(SentenceSyntax parse, int subject)
    {
        if (parse.Relation(subject) is not ("nsubj" or "nsubj:pass") || parse.Head(subject) is not (var verb and >= 0)) yield break;
        // (either subject relation: in "a chief leading scouts and his spouse were shot" the spouse may get the
        // passive one)
        foreach (var c in parse.Children(verb))
            if (c > subject && c < verb && parse.Relation(c) is "nsubj" or "nsubj:pass" && (OpensListRest(parse, c) || AfterAnd(parse, c))) yield return c;
    }

    // "the village head and his wife were killed": the parser may hang the second subject from the verb beside the
    // first, with the "and" between them
    private static bool AfterAnd(SentenceSyntax parse, int c)
    {
        var start = PhraseStart(parse, c);
        return start > 0 && parse.Sentence.Tokens[start - 1].Norm == "and";
    }

    internal static int PhraseStart(SentenceSyntax parse, int c)
    {
        var start = c;
        foreach (var k in parse.Children(c))
            if (k < start && parse.Relation(k) is "det" or "nmod:poss" or "amod" or "nummod" or "compound") start = k;
        return start;
    }

    // The last token of a member and everything under it
    private static int PhraseEnd(SentenceSyntax parse, int c)
    {
        var end = c;
        foreach (var k in parse.Children(c))
            if (k > end) end = Math.Max(end, PhraseEnd(parse, k));
        return end;
    }

    // "killed him and two other worshippers": the parser may join the second victim to the verb rather than the object
    private IEnumerable<int> JoinedToVerb(IReadOnlyList<Token> toks, SentenceSyntax parse, int verb, int victims)
    {
        if (parse.Relation(victims) != "obj" || parse.Head(victims) != verb) yield break;
        foreach (var c in parse.Children(verb, "conj"))
            if (c > victims && parse.Upos(c) is "NOUN" or "PROPN" or "NUM" or "PRON" && parse.Child(c, "cc") >= 0 && IsPerson(toks, parse, c))
                yield return c;
    }

    // "killed a leader of the party and his brother": the parser joins the second victim to the noun of the first one's
    // of-phrase; a person joined to a modifier that is no person is one more victim
    private IEnumerable<int> JoinedToModifier(IReadOnlyList<Token> toks, SentenceSyntax parse, List<int> members)
    {
        foreach (var m in members)
            foreach (var n in parse.Children(m, "nmod"))
                if (n > m && !IsPerson(toks, parse, n))
                    foreach (var c in parse.Children(n, "conj"))
                        // "and two of his guards": a number that picks from people; "killed one person in X and two more
                        // in Y": a number of more of them
                        if (IsPerson(toks, parse, c) || parse.Upos(c) == "NUM" && parse.Child(c, "nmod") is var of and >= 0 && IsPerson(toks, parse, of)
                            || parse.Upos(c) == "NUM" && c + 1 < toks.Count && toks[c + 1].Norm is "more" or "others" && parse.Head(c + 1) == c)
                            yield return c;
    }

    // A member after a comma that "and" joins to the next: the rest of a list
    // ("Ahmed Said, a lawyer and campaigner, was killed" is one man: a comma closes the apposition before the verb)
    private static bool OpensListRest(SentenceSyntax parse, int c)
    {
        if (parse.Children(c, "conj").Count == 0) return false;
        var toks = parse.Sentence.Tokens;
        var start = PhraseStart(parse, c);
        var end = PhraseEnd(parse, c);
        return start > 0 && toks[start - 1].Norm == "," && !(end + 1 < toks.Count && toks[end + 1].Norm == ","
            && parse.Head(c) is var head and >= 0 && parse.Relation(head) is "nsubj" or "nsubj:pass" or "root");
    }

    // "the district mayor", "street cleaners": the noun with its compound modifiers, folded
    private static string Noun(string text, IReadOnlyList<Token> toks, SentenceSyntax parse, int noun)
    {
        var first = noun;
        foreach (var c in parse.Children(noun, "compound"))
            if (c < first && c >= noun - 3) first = c;
        return Folding.Fold(text.AsSpan(toks[first].Span.Start, toks[noun].Span.End - toks[first].Span.Start));
    }

    // "three of the guards": the group the number picks from
    private static string? Group(IReadOnlyList<Token> toks, SentenceSyntax parse, int number)
    {
        var group = parse.Child(number, "nmod");
        return group >= 0 ? toks[group].Norm : null;
    }

    // The head of the victims: object of an active harm, subject of a passive one or of "die", the noun a participle
    // modifies ("five civilians killed in ..."), the object of "leave" in "leaving three dead".
    private static int Victims(SentenceSyntax parse, int verb)
    {
        var relation = parse.Relation(verb);
        // "was found executed", "were found murdered": the participle is said of what was found ("was found shot dead",
        // with "dead" read as the finding's object, is said of its subject)
        if ((relation == "xcomp" || relation == "obj" && parse.Lemma(verb) == "dead") && parse.Head(verb) is var finder and >= 0 && Finders.Contains(parse.Lemma(finder)))
            return parse.Object(finder) is var found and >= 0 && found != verb ? found : parse.Subject(finder);
        // "the killing of a village chief", "the murder of two teachers": the victims hang from the harm noun by "of"
        // ("men shot two traders", with "shot" tagged a noun that takes an object, is read as the verb)
        if (parse.Upos(verb) == "NOUN" && parse.Object(verb) < 0)
            return parse.Children(verb, "nmod").FirstOrDefault(n => parse.Children(n, "case").Any(c => parse.Lemma(c) == "of"), -1);
        // (not "a suicide bomber killed and wounded 40 guests", which the parser may read the same way: the verbs share an object)
        if (relation == "acl" && parse.Head(verb) >= 0 && parse.Child(verb, "obj") < 0
            && !parse.Children(verb, "conj").Any(c => parse.Child(c, "obj") >= 0)) return parse.Head(verb);
        var undergoes = HarmVerbs.TakesSubject(parse.Lemma(verb)) || parse.Upos(verb) == "ADJ";
        // "gunmen shot dead a leader": the parser may make "shot" a noun and "dead" the verb, whose object is the victim
        if (parse.Lemma(verb) == "dead" && parse.Object(verb) is var shotDead and >= 0) return shotDead;
        if (parse.IsPassive(verb) || undergoes)
        {
            var subject = NearestSubject(parse, verb);
            if (subject >= 0) return subject;
            // "found dead", "leaving three dead": the adjective predicates of its head verb's object
            if (relation == "xcomp" && parse.Head(verb) is var head and >= 0)
            {
                var obj = parse.Object(head);
                return obj >= 0 ? obj : parse.Subject(head);
            }
            // "was shot on Monday, then died at the clinic": the dying shares the first verb's passive subject
            if (!undergoes || relation != "conj" || parse.Head(verb) is not (var shot and >= 0) || !parse.IsPassive(shot)) return -1;
            return NoFigureBetween(parse, shot, verb) ? parse.Subject(shot) : -1;
        }
        // "were feared killed", "were reported killed": the participle is said of the reporting verb's passive subject
        if (relation == "xcomp" && parse.Head(verb) is var reported and >= 0 && parse.IsPassive(reported) && parse.Object(verb) < 0)
            return parse.Subject(reported);
        if (!undergoes)
        {
            // (a day the parser takes for the object is when it happened: "was shot and killed Tuesday")
            var o = parse.Object(verb);
            if (o >= 0 && !IsDay(parse.Sentence.Tokens[o].Norm) && !IsDate(parse.Sentence.Tokens[o].Norm)) return o;
            // "stabbing to death an imam": the parser reads "to death" as an infinitive (or an oblique) that takes the
            // victim as its object
            foreach (var result in parse.Children(verb))
                if (parse.Relation(result) is "xcomp" or "obl" && parse.Sentence.Tokens[result].Norm is "death" && parse.Object(result) is var victim and >= 0)
                    return victim;
        }
        if (relation == "conj" && parse.Head(verb) is var first and >= 0 && parse.Subject(verb) < 0)
        {
            // "was found beaten and stabbed to death": what was found, as for the first participle
            if (parse.Relation(first) == "xcomp" && parse.Head(first) is var found and >= 0 && Finders.Contains(parse.Lemma(found)))
                return Victims(parse, first);
            // "was shot and killed at the roadblock": the second verb shares the first one's passive subject, unless a figure
            // between them is its own ("one was killed and 12 injured", however the parser hangs the 12)
            if (parse.IsPassive(first)) return NoFigureBetween(parse, first, verb) ? parse.Subject(first) : -1;
            // "shot and killed a driver": and its object
            return parse.Object(first);
        }
        return -1;
    }

    internal static bool NoFigureBetween(SentenceSyntax parse, int from, int to)
    {
        // (a date is no figure: "was shot on Wednesday [28 September] and later died")
        var toks = parse.Sentence.Tokens;
        for (var k = from + 1; k < to; k++)
            if (parse.Upos(k) == "NUM" && !DayOfMonth(toks, k)) return false;
        return true;
    }

    private static bool DayOfMonth(IReadOnlyList<Token> toks, int n) =>
        n + 1 < toks.Count && DateWords.Months.ContainsKey(toks[n + 1].Norm) || n > 0 && DateWords.Months.ContainsKey(toks[n - 1].Norm);

    // "murdered this evening Monday 18th July": a day of the month or a month the parser took for the object
    private static bool IsDate(string norm) => DateWords.Months.ContainsKey(norm) || IsOrdinal(norm) && char.IsDigit(norm[0]);

    private static bool IsDay(string norm) => DateWords.Weekdays.ContainsKey(norm) || norm is "today" or "yesterday" or "tonight" or "overnight";

    // "died along with five others", "killed alongside his driver": those who died with the victims
    private static int Companion(SentenceSyntax parse, int verb)
    {
        var toks = parse.Sentence.Tokens;
        // "shot dead together with his sons": the phrase may hang from the verb's "dead"; "was killed and burned along
        // with his wife": from a second verb of the same subject
        var heads = new List<int> { verb };
        foreach (var c in parse.Children(verb))
            if (parse.Relation(c) == "xcomp" || parse.Relation(c) == "conj" && parse.Upos(c) == "VERB" && parse.Subject(c) < 0)
                heads.Add(c);
        foreach (var c in heads.SelectMany(h => parse.Children(h)))
        {
            var relation = parse.Relation(c);
            // (the parser may hang the phrase after a comma as a parataxis: "killed the mayor, together with his deputy")
            if (relation.StartsWith("obl", StringComparison.Ordinal) || relation is "nmod" or "parataxis")
            {
                var cases = parse.Children(c, "case");
                if (cases.Any(k => toks[k].Norm == "alongside")) return c;
                if (cases.FirstOrDefault(k => toks[k].Norm == "with", -1) is var with and > 0 && toks[with - 1].Norm is "along" or "together") return c;
            }
            // the parser reads "was killed alongside his driver" as an adverb and an object of the passive verb
            if (toks[c].Norm == "alongside" && relation == "advmod" && parse.IsPassive(verb) && parse.Object(verb) is var o && o > c) return o;
        }
        return -1;
    }

    // Two subjects on one verb are a misparse of two clauses ("a soldier fired three shots and he died"): the verb's own
    // subject is the one nearest before it.
    private static int NearestSubject(SentenceSyntax parse, int verb)
    {
        var subject = parse.Subject(verb);
        if (subject < 0 || subject > verb) return subject;
        foreach (var c in parse.Children(verb))
            if (c > subject && c < verb && parse.Relation(c) is "nsubj" or "nsubj:pass" && parse.Upos(c) == "PRON" && VerbBetween(parse, subject, c))
                subject = c;
        return subject;
    }

    private static bool VerbBetween(SentenceSyntax parse, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (parse.Upos(k) == "VERB") return true;
        return false;
    }

    // "his body was found", "they recovered two corpses": the remains found (or the people they are of) are the dead
    private static bool Body(SentenceSyntax parse, int verb, out int victims)
    {
        victims = -1;
        var lemma = parse.Lemma(verb);
        if (parse.Upos(verb) != "VERB" || !Finders.Contains(lemma) && lemma != "bury") return false;
        var found = parse.IsPassive(verb) ? parse.Subject(verb) : parse.Object(verb);
        // "Body of an unidentified man found near the hospital": a headline's participle hung under the one whose body it is
        if (found < 0 && parse.Relation(verb) == "acl" && parse.Head(verb) is var person and >= 0 && parse.Relation(person) == "nmod"
            && parse.Head(person) is var remains and >= 0 && Remains.Contains(parse.Sentence.Tokens[remains].Norm)
            && parse.Children(person, "case").Any(c => parse.Lemma(c) == "of"))
        {
            victims = person;
            return true;
        }
        if (found < 0) return false;
        if (!Remains.Contains(parse.Sentence.Tokens[found].Norm))
        {
            // "residents buried 27 victims": whoever is buried is dead, whatever word names them
            if (lemma != "bury") return false;
            victims = found;
            return true;
        }
        // "the body of a teacher": the teacher is counted
        var of = parse.Children(found, "nmod").FirstOrDefault(n => parse.Children(n, "case").Any(c => parse.Lemma(c) == "of"), -1);
        victims = of >= 0 ? of : found;
        return true;
    }

    private static bool Commemorated(SentenceSyntax parse, int harm) =>
        parse.Upos(harm) == "NOUN" && parse.Head(harm) is var head and >= 0 && Commemoration.Word(parse.Lemma(head));

    private static bool Unreal(SentenceSyntax parse, int verb)
    {
        foreach (var aux in parse.Children(verb, "aux"))
            if (Modals.Contains(parse.Lemma(aux))) return true;
        if (parse.Children(verb, "advmod").Any(a => parse.Lemma(a) is "not" or "never")) return true;
        if (parse.Relation(verb) != "xcomp" || parse.Head(verb) is not (var head and >= 0) || !Unrealised.Contains(parse.Lemma(head))) return false;
        // "were feared killed", "are feared dead": a report of deaths feared to have happened, not a harm intended
        return !(parse.Lemma(head) == "fear" && parse.IsPassive(head));
    }

    // A victim's count: its figure, "a"/"an" before a person noun, or one named or singular person. Null when the
    // member is no person or is an uncounted group ("villagers"); "no one" counts nobody.
    private Quantity? Count(string text, IReadOnlyList<Token> toks, SentenceSyntax parse, int member)
    {
        var upos = parse.Upos(member);
        if (parse.Children(member, "det").Any(d => toks[d].Norm == "no")) return null;
        if (upos == "NUM")
        {
            // "three of the guards were killed": the number heads, the people hang from it
            var group = parse.Child(member, "nmod");
            if (group >= 0 && !IsPerson(toks, parse, group)) return null;
            return Figure(toks, member);
        }
        if (upos == "PRON")
        {
            if (OnePersonPronouns.Contains(toks[member].Norm)) return One(toks, member);
            // "led nine men out of a church and then executed them": those the first verb counted
            return toks[member].Norm == "them" && CountedAntecedent(parse, member) is var antecedent and >= 0
                ? Count(text, toks, parse, antecedent) : null;
        }
        // "a three-year-old was killed": an age said of no noun names one person
        if (toks[member].Norm == "old" && parse.Children(member).Any(c => toks[c].Norm is "year" or "years" or "month" or "months" && parse.Child(c, "nummod") >= 0))
            return parse.Children(member, "det").Any(d => toks[d].Norm is "a" or "an") ? One(toks, member) : null;
        // remains found: "his body", "a corpse" is one; "bodies" counts only by its number
        if (Remains.Contains(toks[member].Norm))
        {
            foreach (var n in parse.Children(member, "nummod"))
                if (Figure(toks, n) is { } figure) return figure;
            return toks[member].Norm is "body" or "corpse" ? One(toks, member) : null;
        }
        // "a family of four" is four and "a couple" two; "a family" alone says no number
        if (toks[member].Norm == "family")
        {
            var size = parse.Children(member, "nmod").FirstOrDefault(n => parse.Upos(n) == "NUM" && parse.Children(n, "case").Any(c => toks[c].Norm == "of"), -1);
            if (size >= 0) return Figure(toks, size);
            // (the parser may hang the number elsewhere: "a family of seven celebrating the feast")
            return member + 2 < toks.Count && toks[member + 1].Norm == "of" && parse.Upos(member + 2) == "NUM" ? Figure(toks, member + 2) : null;
        }
        if (toks[member].Norm == "couple" && (member + 1 >= toks.Count || toks[member + 1].Norm != "of"))
            return new Quantity(2, 2, 2, null, null, member, member + 1, member, toks[member].Span);
        // the figure is the nummod; a sentence-initial number word the tagger took for a name hangs as a compound, or
        // the parser hung it elsewhere, even as the head of the sentence ("Eight Christians and a guard were killed")
        foreach (var n in parse.Children(member))
            if (n < member && parse.Relation(n) is "nummod" or "compound" && Figure(toks, n) is { } q)
                return IsPerson(toks, parse, member) ? q : null;
        if (PhraseStart(parse, member) is var start and > 0 && parse.Relation(start - 1) != "nummod" && Figure(toks, start - 1) is { } head
            && (head.First == 0 || parse.Relation(start - 1) == "root"))
            return IsPerson(toks, parse, member) ? head : null;
        // ("15 March ... was shot down": a month the parser made a subject names nobody)
        if (upos == "PROPN") return !IsDay(toks[member].Norm) && !DateWords.Months.ContainsKey(toks[member].Norm) && IsNamedPerson(text, toks, parse, member) ? One(toks, member) : null;
        // "a party official was assassinated": the tagger may take a person noun heading a subject or object for an adjective
        // ("a 60-year old Ruvan civilian was killed": the article the parser hung elsewhere still stands before it)
        var noun = upos == "NOUN" || upos == "ADJ" && parse.Relation(member) is "nsubj" or "nsubj:pass" or "obj"
            && (parse.Children(member, "det").Count > 0 || ArticleBefore(toks, parse, member));
        if (!noun || !IsPerson(toks, parse, member) || !NounPhrase.IsSingular(toks[member].Norm)) return null;
        // "the fifth community leader killed this year": a place in a series restates a victim told of already
        if (parse.Children(member, "det").Any(d => toks[d].Norm == "the") && parse.Children(member, "amod").Any(a => IsOrdinal(toks[a].Norm))) return null;
        return One(toks, member);
    }

    // "a" or "an" a few words before the noun, with only modifiers of an age or origin between
    private static bool ArticleBefore(IReadOnlyList<Token> toks, SentenceSyntax parse, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 7; k--)
        {
            if (toks[k].Norm is "a" or "an") return true;
            if (parse.Upos(k) is "VERB" or "AUX" or "ADP" or "PRON" || toks[k].Norm is "," or "and" or "the") return false;
        }
        return false;
    }

    // The counted object of the verb that the pronoun's verb is joined to ("seized five herders and killed them"), or -1.
    private static int CountedAntecedent(SentenceSyntax parse, int pronoun)
    {
        var verb = parse.Head(pronoun);
        if (verb < 0 || parse.Relation(verb) != "conj" || parse.Head(verb) is not (var first and >= 0)) return -1;
        var obj = parse.Object(first);
        return obj >= 0 && obj < pronoun && parse.Children(obj, "nummod").Count > 0 ? obj : -1;
    }

    // "the district head", "the head of the council", "a prominent figure": nouns WordNet classes first as a body part or
    // a shape that name a person in charge or of note when one is counted
    private static readonly HashSet<string> PersonOfNote = ["head", "figure"];

    private bool IsPerson(IReadOnlyList<Token> toks, SentenceSyntax parse, int noun)
    {
        var norm = toks[noun].Norm;
        if (PersonOfNote.Contains(norm)) return parse.Child(noun, "nummod") < 0 && !parse.Children(noun, "nmod").Any(n => toks[n].Norm is "cattle" or "livestock");
        if (lex.Nouns.GetValueOrDefault(norm) is { } cls) return cls is "victim" or "combatant";
        return classes.IsPerson(norm) || classes.IsPerson(parse.Lemma(noun));
    }

    // "killed Joseph Kamau", "shot dead Sheikh Ali": a capitalised name that is not the group's modifier ("Fulani woman")
    private bool IsNamedPerson(string text, IReadOnlyList<Token> toks, SentenceSyntax parse, int name)
    {
        if (!toks[name].IsCapitalized(text)) return false;
        // "the National Unity Party": a name whose head word names a body of people names no person
        if ((classes.Of(toks[name].Norm) & (WordClass.Organisation | WordClass.ArmedGroup | WordClass.SocialGroup)) != 0) return false;
        var flat = parse.Children(name, "flat").Count + parse.Children(name, "compound").Count;
        return flat > 0 || parse.Children(name, "appos").Count > 0 || NamedInFullBefore(text, toks[name].Span);
    }

    // "Thabo Ndlovu ... Ndlovu was stabbed to death": a surname alone names the person the text named in full before it
    private static bool NamedInFullBefore(string text, TextSpan surname) =>
        ReportWords.FirstFullName(text, text[surname.Start..surname.End]) is var at and >= 0 && at + (surname.End - surname.Start) <= surname.Start;

    private static readonly HashSet<string> Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"];

    private static bool IsOrdinal(string norm) =>
        Ordinals.Contains(norm) || norm.Length > 2 && char.IsDigit(norm[0]) && norm[^2..] is "st" or "nd" or "rd" or "th";

    private static Quantity One(IReadOnlyList<Token> toks, int at) => new(1, 1, 1, null, null, at, at + 1, at, toks[at].Span);

    // The figure whose number is token n, read from its qualifier when one stands before it ("at least 27").
    private static Quantity? Figure(IReadOnlyList<Token> toks, int n)
    {
        // "on 28 February", "March 3": a day of the month counts nobody
        if (DayOfMonth(toks, n)) return null;
        for (var start = Math.Max(0, n - 3); start <= n; start++)
            if (NumberParser.Parse(toks, start) is { } q && q.End > n && q.First <= n && !q.YearLike && (q.Best ?? q.Min) is > 0) return q;
        return null;
    }

    private static int FirstOf(SentenceSyntax parse, int head)
    {
        var first = head;
        foreach (var c in parse.Children(head))
            if (c < first && parse.Relation(c) is "nummod" or "det" or "amod" or "compound" or "advmod") first = c;
            // "a 30-year-old": the age's number
            else if (c < first && parse.Relation(c) is "obl:unmarked" or "obl" or "nmod" && parse.Child(c, "nummod") is var n and >= 0 && n < first) first = n;
        return Math.Max(0, first);
    }
}
