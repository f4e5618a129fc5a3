using System.Collections.Frozen;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// The casualty grammar over one sentence. A number becomes a toll only when a harm is bound to the counted noun:
/// a harm phrase just before the count ("killed 12 civilians", "the deaths of 60 people"), a toll noun
/// ("death toll rose to 40"), a harm noun as head ("dozens of casualties", "40 dead"), or a harm after the noun and
/// its auxiliaries ("dozens are feared to have been killed"). The counted noun must be a group of people or absent;
/// ages, years, durations, places, weapons and strikes never qualify.
/// </summary>
public sealed class TollGrammar(TollLexicon lex)
{
    private readonly HarmBinding _harm = new(lex);

    private static readonly FrozenSet<string> NotCountBefore = new[]
    {
        "$", "£", "€", "us$", "usd", "aged", "age", "ages", "page", "pages", "chapter", "article", "resolution", "route",
        "highway", "road", "flight", "room", "no", "number", "platform", "gate", "apartment", "building",
    }.ToFrozenSet();

    public void Match(string text, Sentence sentence, List<RawToll> output)
    {
        var toks = sentence.Tokens;
        var previous = (Kind: (string?)null, End: -1);
        for (var i = 0; i < toks.Count; i++)
        {
            if ((NumberParser.Parse(toks, i) ?? OnePerson(text, toks, i)) is not { } q) continue;
            var next = TryToll(text, sentence, q, previous, output, out var found);
            if (found is not null) previous = found.Value;
            i = Math.Max(i, next - 1);
        }
    }

    // Returns the index of the first token not consumed. "found" is the kind and noun-phrase end of a toll read with a
    // harm before its figure, which a coordinated figure may share ("killed three soldiers and two civilians").
    private int TryToll(string text, Sentence sentence, Quantity q, (string? Kind, int End) previous, List<RawToll> output,
        out (string?, int)? found)
    {
        found = null;
        var toks = sentence.Tokens;
        if (!MayBeCount(toks, q)) return q.End;
        var np = NounPhrase.Parse(text, toks, q.End, lex);
        if (np.Head is HeadClass.Thing or HeadClass.Unknown) return q.End;
        if (q.YearLike && np.Head is not (HeadClass.Victim or HeadClass.Harm)) return q.End;

        var start = q.First;
        var npEnd = Math.Max(np.End, q.End);
        var end = npEnd;
        var kind = _harm.Before(toks, q, np, ref start) ?? _harm.TollNounBefore(toks, q.First, ref start);
        if (kind is not null && Commemorated(toks, start)) return q.End;
        if (kind is null && np.Head == HeadClass.Harm) kind = np.HarmKind;
        if (kind is not null) found = (kind, npEnd);
        kind ??= _harm.After(text, toks, npEnd, out end);
        TollTail? early = null;
        if (kind is null && npEnd + 1 < toks.Count && toks[npEnd].Norm == "," && toks[npEnd + 1].Norm is "including" or "among")
        {
            // "Nine people, including a child, died": the sub-groups sit between the group and its harm
            early = TollTail.Read(text, toks, npEnd, lex);
            var comma = npEnd + 2;
            while (comma < toks.Count && comma < npEnd + 12 && toks[comma].Norm != ",") comma++;
            if (comma < toks.Count && toks[comma].Norm == ",") kind = _harm.After(text, toks, comma + 1, out end);
        }
        else if (kind is null && npEnd < toks.Count && toks[npEnd].Norm == "including")
        {
            // "9 fighters including 3 commanders were killed": the same with no comma
            early = TollTail.Read(text, toks, npEnd, lex);
            if (early.Includes.Count > 0) kind = _harm.After(text, toks, early.End, out end);
        }
        else if (kind is null && npEnd + 1 < toks.Count && toks[npEnd].Norm == "," && np.Head == HeadClass.Victim && (NumberParser.Parse(toks, npEnd + 1) is not null || toks[npEnd + 1].Norm is "a" or "an"))
        {
            // "Seven people, three farmers and four herders, were killed": the breakdown in apposition sits between the
            // group and its harm
            var comma = npEnd + 2;
            while (comma < toks.Count && comma < npEnd + 12 && toks[comma].Norm is not ("," or "." or ";")) comma++;
            if (comma < toks.Count && toks[comma].Norm == ",") kind = _harm.After(text, toks, comma + 1, out end);
        }
        if (kind is null && previous.Kind is not null && np.Head == HeadClass.Victim && previous.End == q.First - 1
            && toks[q.First - 1].Norm == "and") // a comma more often opens an apposition: "12 civilians, a UN official said"
        {
            kind = previous.Kind;
            found = (kind, npEnd);
        }
        if (kind is null) return q.End;
        if (kind == "displaced" && np.Combatant) return npEnd; // "200 soldiers fled" is a retreat

        var tail = early is { Includes.Count: > 0 } ? early with { End = end } : TollTail.Read(text, toks, end, lex);
        var victims = VictimGroup.Text(text, toks, np);
        if (tail.Note is not null) victims = $"{victims ?? "people"} ({tail.Note})";
        var (side, sideSpan) = tail.Side is not null ? (tail.Side, (TextSpan?)null) : VictimGroup.CapitalisedModifier(text, toks, np);
        end = Math.Max(end, tail.End);
        var span = new TextSpan(toks[start].Span.Start, toks[end - 1].Span.End);
        output.Add(new RawToll(kind, q, victims, tail.Includes, side, sideSpan, span, q.Span, sentence.Index));
        // sub-groups are consumed; otherwise resume after the counted noun so that a coordinated figure is read too
        return tail.Includes.Count > 0 ? end : npEnd;
    }

    // "a soldier was killed", "killing a 15-year-old boy": one person is a count of one
    private Quantity? OnePerson(string text, IReadOnlyList<Token> toks, int i)
    {
        if (toks[i].Norm is not ("a" or "an") || i + 1 >= toks.Count) return null;
        var np = NounPhrase.Parse(text, toks, i + 1, lex);
        // "a family" is more than one person, of a number the parsed grammar reads ("a family of four")
        return np.Head == HeadClass.Victim && NounPhrase.IsSingular(toks[np.End - 1].Norm) && toks[np.End - 1].Norm is not ("family" or "couple")
            ? new Quantity(1, 1, 1, null, null, i, i + 1, i, toks[i].Span)
            : null;
    }

    private bool MayBeCount(IReadOnlyList<Token> toks, Quantity q)
    {
        if (q.First > 0 && NotCountBefore.Contains(toks[q.First - 1].Norm)) return false;
        if (q.First >= 3 && toks[q.First - 3].Norm == "as" && toks[q.First - 1].Norm == "as") return false; // "as young as eight"
        // "children under 18", "people over 60": an age bound on the group before it
        if (q.First > 0 && q.Qualifier is "fewer_than" or "more_than" && NounPhrase.IsGroup(lex, toks[q.First - 1].Norm)) return false;
        if (q.End < toks.Count && toks[q.End].Norm is ":" or "%" or "/") return false; // times, percentages, scores
        // "Gaza's 2.1 million people", "90 percent of the 40,000 residents": a population that a share is taken of
        if (q.First > 0 && toks[q.First - 1].Norm == "'s") return false;
        var k = q.First > 0 && toks[q.First - 1].Norm == "the" ? q.First - 2 : q.First - 1;
        if (k > 0 && toks[k].Norm == "of" && toks[k - 1].Norm is "percent" or "%" or "half" or "third" or "quarter" or "most" or "majority")
            return false;
        return true;
    }

    // "the anniversary of (the) death": the word before the harm noun's "of"
    private static bool Commemorated(IReadOnlyList<Token> toks, int harm)
    {
        var k = harm - 1;
        if (k >= 0 && toks[k].Norm == "the") k--;
        return k >= 1 && toks[k].Norm == "of" && Commemoration.Word(toks[k - 1].Norm);
    }
}
