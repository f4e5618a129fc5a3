using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>
/// One person told of twice: "Gunmen shot dead a trader in Kano. Musa Bello was killed outside his shop." A story names
/// its victim, describes them, refers back with a pronoun or "the victim", and each of those is a toll of one. Only a
/// new person adds to the count: an indefinite one in a later sentence ("a second man", "a nurse"), or one the
/// sentence marks as more ("another", "also", "along with").
/// </summary>
internal static class RetoldVictims
{
    private static readonly HashSet<string> Pronouns = ["he", "she", "him", "her"];
    private static readonly HashSet<string> Indefinite = ["a", "an", "one", "another"];
    private static readonly HashSet<string> Stops = ["the", "his", "her", "their", "its", "this", "that", "our", "my", "of", ",", "and"];
    private static readonly HashSet<string> More = ["another", "also", "too", "other", "others", "second", "third", "alongside", "along", "besides", "addition"];

    /// <summary>The one-person tolls of an incident that repeat a person already counted.</summary>
    public static HashSet<TollResult> Of(IReadOnlyList<TollResult> killed, AnalyzedText text)
    {
        var repeats = new HashSet<TollResult>(ReferenceEqualityComparer.Instance);
        var singles = killed.Where(IsSingle).OrderBy(t => t.Span.Start).ToList();
        if (singles.Count < 2) return repeats;

        // per sentence, the persons that may be ones already told of; the first sentence's are all of that kind
        var bySentence = new List<List<TollResult>>();
        var lastSentence = -1;
        var firstSentence = text.SentenceAt(singles[0].Span.Start).Index;
        var named = new HashSet<string>();
        foreach (var t in singles)
        {
            var sentence = text.SentenceAt(t.Span.Start);
            // "killed Okot Lakwena ... Mr. Lakwena died with his driver": a word of a name counted before is that
            // person, whatever else the sentence adds
            if (sentence.Index != firstSentence && NamedBy(t, sentence, text) is { } head && named.Contains(head))
            {
                repeats.Add(t);
                continue;
            }
            named.UnionWith(NameWords(t, text));
            if (sentence.Index != lastSentence) bySentence.Add([]);
            var own = bySentence[^1];
            lastSentence = sentence.Index;
            // "a trader died after two masked men knifed him": the pronoun is the person just counted
            if (Pronouns.Contains(t.Victims!) && (own.Count > 0 || bySentence.Count > 1))
            {
                repeats.Add(t);
                continue;
            }
            if (sentence.Index != firstSentence && (IsIndefinite(t, sentence) || MarksMore(sentence))) continue;
            own.Add(t);
        }
        // the persons told of again are counted where the most of them are told of together
        var most = bySentence.OrderByDescending(s => s.Count).First();
        foreach (var s in bySentence)
            if (!ReferenceEquals(s, most)) repeats.UnionWith(s);
        return repeats;
    }

    /// <summary>
    /// A sentence that tells of one person or a few, each as someone already known (a name, "the victim", a pronoun), and
    /// of no one new: "He was shot dead in his shop in Jos" after "a pastor was killed" retells that killing.
    /// </summary>
    public static bool OnlyRetells(IReadOnlyList<TollResult> tolls, Sentence sentence)
    {
        var killed = tolls.Where(t => t.Kind == "killed").ToList();
        return killed.Count > 0 && killed.All(IsSingle) && !MarksMore(sentence) && !killed.Any(t => IsIndefinite(t, sentence));
    }

    public static bool IsSingle(TollResult t) => t is { Kind: "killed", Best: 1, Min: 1, Vague: null, Victims: not null };

    // "a nurse", "one of the guards": the words before the victim's head, within the toll, hold an indefinite article
    private static bool IsIndefinite(TollResult toll, Sentence sentence)
    {
        var cut = toll.Victims!.IndexOf('(');
        var words = (cut >= 0 ? toll.Victims[..cut] : toll.Victims).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        var toks = sentence.Tokens;
        var head = -1;
        for (var i = 0; i < toks.Count; i++)
            if (toll.Span.Contains(toks[i].Span) && toks[i].Norm == words[^1]) head = i;
        for (var k = head - 1; k >= 0 && k >= head - 5 && toll.Span.Contains(toks[k].Span); k--)
        {
            if (Indefinite.Contains(toks[k].Norm)) return true;
            if (Stops.Contains(toks[k].Norm)) return false;
        }
        return false;
    }

    private static bool MarksMore(Sentence sentence) => sentence.Tokens.Any(t => More.Contains(t.Norm));

    /// <summary>
    /// Whether the sentence names again, by a word of the name, a person one of the earlier tolls counted by name
    /// ("Gunmen killed Musa Bello ... Mr. Bello was killed alongside his nephew"): the sentence goes on telling of that
    /// killing, even as it adds victims to it.
    /// </summary>
    public static bool NamesAgain(IEnumerable<TollResult> earlier, Sentence sentence, AnalyzedText text)
    {
        var words = earlier.Where(IsSingle).SelectMany(t => NameWords(t, text)).ToHashSet();
        // ("Bello was killed ...": the name may open the sentence)
        return words.Count > 0 && sentence.Tokens.Count > 1 && sentence.Tokens.Any(t => t.IsCapitalized(text.Text) && words.Contains(t.Norm));
    }

    // The words of the name a one-person toll counts: its capitalised words after the sentence's first, running on past
    // the toll's span ("Musa" of "Musa Bello")
    private static IEnumerable<string> NameWords(TollResult t, AnalyzedText text)
    {
        var toks = text.SentenceAt(t.Span.Start).Tokens;
        var first = -1;
        for (var i = 1; i < toks.Count && first < 0; i++)
            if (t.Span.Contains(toks[i].Span) && toks[i].IsCapitalized(text.Text)) first = i;
        for (var i = first; i >= 0 && i < toks.Count && toks[i].IsCapitalized(text.Text); i++) yield return toks[i].Norm;
    }

    // The victim's word when it is capitalised, as a name is ("Lakwena was killed" may open its sentence), or null
    private static string? NamedBy(TollResult t, Sentence sentence, AnalyzedText text)
    {
        var head = t.Victims!.Split(' ')[^1];
        return sentence.Tokens.Any(k => t.Span.Contains(k.Span) && k.Norm == head && k.IsCapitalized(text.Text)) ? head : null;
    }
}
