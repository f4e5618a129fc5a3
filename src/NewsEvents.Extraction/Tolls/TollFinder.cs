using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// Casualty and harm counts (killed, injured, killed_or_injured, displaced, abducted, captured, arrested, missing),
/// each with its figure, victims, sub-groups, side, source, date and place, repeats merged. Thread-safe after loading.
/// </summary>
/// <remarks>
/// Conventions of the results:
/// <list type="bullet">
/// <item>Figures follow <see cref="Quantity"/> ("more than 200" is Min = Best = 200, qualifier more_than). A vague word
/// keeps the word in Vague with Min, Max and Best empty: it states no figure.</item>
/// <item>Victims is the group as written ("militia fighters", "Palestinians"; "others" takes the group counted before it
/// in the sentence, else "people"), null when the text names none
/// ("hundreds have been killed"); "90 people, mostly fighters" is "people (mostly fighters)".</item>
/// <item>Side is "both sides" when stated, else the actor (or capitalised word) qualifying the victims ("RSF fighters").</item>
/// <item>AttributedTo is the speaker of the narrowest claim whose content holds the figure, else "according to X" in the sentence.</item>
/// <item>Date/DateEnd come from the nearest non-background date in the sentence (DateEnd only for a period); Location
/// from a place in the sentence, a facility first.</item>
/// <item>A single person ("a 12-year-old girl was killed") is not counted: without a figure the events stage reads it.</item>
/// </list>
/// </remarks>
public sealed class TollFinder(TollLexicon lexicon, WordClasses classes)
{
    private readonly TollGrammar _grammar = new(lexicon);
    private readonly ParsedTolls _parsed = new(lexicon, classes, HarmVerbs.LoadDefault());

    public static TollFinder LoadDefault() => new(TollLexicon.LoadDefault(), WordClasses.LoadDefault());

    /// <summary>
    /// Sentences from which an article's sentences are read on every core (<see cref="SentenceWork"/>); the default
    /// keeps ordinary articles on the caller's thread.
    /// </summary>
    internal int ParallelFromSentences { get; init; } = SentenceWork.ParallelFromSentences;

    /// <summary>The tolls of an article; <paramref name="cancellationToken"/> is checked at every sentence.</summary>
    public IReadOnlyList<TollResult> Find(AnalyzedText text, IReadOnlyList<ClaimResult> claims, IReadOnlyList<DateMention> dates,
        IReadOnlyList<LocationResult> locations, IReadOnlyList<ActorResult> actors, CancellationToken cancellationToken = default)
    {
        // Each sentence is read on its own (the parse most of all), so a long article's sentences can be shared
        // between cores and their tolls joined in sentence order.
        var raws = SentenceWork.Each<RawToll>(text.Sentences, (sentence, output) => Read(text, sentence, output),
            ParallelFromSentences, cancellationToken);
        if (raws.Count == 0) return [];

        var context = new TollContext(text, claims, dates, locations, actors);
        var tolls = new List<TollResult>(raws.Count);
        // "three people died and three others were killed": a toll of others is more, never a repeat of the same figure
        var more = new HashSet<TollResult>(ReferenceEqualityComparer.Instance);
        foreach (var raw in raws)
        {
            var sentence = text.Sentences[raw.Sentence];
            var (date, dateEnd) = context.When(raw, sentence);
            var q = raw.Quantity;
            // A vague word states no figure: its bounds (NumberWords.Vague) are ours, not the source's, so a toll
            // leaves Min/Max empty and keeps the word; consumers that need a number look the bounds up themselves.
            var (min, max) = q.Vague is null ? (q.Min, q.Max) : (null, null);
            tolls.Add(new TollResult(raw.Kind, min, max, q.Best, q.Qualifier, q.Vague, Victims(raw, tolls, text), raw.Includes,
                context.AttributedTo(raw, sentence), date, dateEnd, context.Where(raw, sentence), raw.Span, context.Side(raw)));
            if (NamesNoGroupButOthers(raw.Victims) || raw.Victims?.StartsWith("other ", StringComparison.Ordinal) == true) more.Add(tolls[^1]);
        }
        return TollMerger.Merge(tolls, more);
    }

    /// <summary>Whether <see cref="Find"/> asks for the parse of the sentence: only a sentence with a harm word, as most have none.</summary>
    internal bool Parses(Sentence sentence) => HarmStems.Any(sentence);

    private void Read(AnalyzedText text, Sentence sentence, List<RawToll> raws)
    {
        var before = raws.Count;
        _grammar.Match(text.Text, sentence, raws);
        if (text.Syntax is null || !Parses(sentence) || HarmStems.AllRead(sentence, raws, before)) return;
        var parsed = new List<RawToll>();
        _parsed.Match(text.Text, sentence, text.Syntax.Of(sentence), parsed);
        foreach (var p in parsed) Reconcile(raws, before, p);
    }

    // A toll the parse reads joins those the token grammar read in the sentence (from index first on) only where the
    // grammar read nothing of its kind: the grammar's reading, with its qualifiers and sub-groups, stands where both read
    // a group, but "captured and killed a soldier", which the grammar reads as a capture, also kills him.
    private static void Reconcile(List<RawToll> raws, int first, RawToll parsed)
    {
        for (var i = first; i < raws.Count; i++)
            if (raws[i].Span.Overlaps(parsed.Span) && TollKinds.Combine(raws[i].Kind, parsed.Kind) == raws[i].Kind
                && (raws[i].Kind == parsed.Kind || raws[i].Kind == TollKinds.KilledOrInjured)) return;
        raws.Add(parsed);
    }

    // "31 others", "two more": victims that are more of a group counted before, named by no word of their own
    private static bool NamesNoGroupButOthers(string? victims) => victims is "others" or "other people" or "more";

    // "killing five civilians, and 31 others were wounded": "others" are more of the group just counted in the sentence.
    private static string? Victims(RawToll raw, List<TollResult> before, AnalyzedText text)
    {
        if (!NamesNoGroupButOthers(raw.Victims)) return raw.Victims;
        // the tolls come in sentence order, so this sentence's are the last ones: the walk stops at the first from before it
        var sentence = text.Sentences[raw.Sentence].Span;
        for (var i = before.Count - 1; i >= 0 && sentence.Contains(before[i].Span); i--)
            if (before[i].Victims is { } victims) return victims;
        return "people";
    }
}
