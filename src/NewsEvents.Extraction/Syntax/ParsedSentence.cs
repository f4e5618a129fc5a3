namespace NewsEvents.Extraction.Syntax;

/// <summary>One word of a parsed sentence.</summary>
/// <param name="Upos">Universal part-of-speech tag (NOUN, VERB, PROPN, ...).</param>
/// <param name="Xpos">Penn Treebank tag as in UD English (VBN, VBD, NNS, ...), finer than UPOS: "killed" is VBN in "were killed".</param>
/// <param name="Head">Index of the head word in the sentence, or -1 for the root.</param>
/// <param name="Deprel">Universal Dependencies relation to the head, with its subtype ("nsubj:pass", "acl:relcl"); "root" for the root.</param>
public readonly record struct ParsedWord(string Form, string Upos, string Xpos, string Lemma, int Head, string Deprel);

/// <summary>A sentence's words with their tags, lemmas and dependency tree (heads are word indices, -1 for the root).</summary>
public sealed record ParsedSentence(IReadOnlyList<ParsedWord> Words)
{
    public int Count => Words.Count;

    public ParsedWord this[int index] => Words[index];

    /// <summary>Index of the root word; -1 for an empty sentence.</summary>
    public int Root
    {
        get
        {
            for (var i = 0; i < Words.Count; i++) if (Words[i].Head < 0) return i;
            return -1;
        }
    }

    /// <summary>Dependents of <paramref name="head"/> in word order, all of them or those with one relation.</summary>
    public IEnumerable<int> Children(int head, string? relation = null)
    {
        for (var i = 0; i < Words.Count; i++)
            if (Words[i].Head == head && (relation is null || Words[i].Deprel == relation)) yield return i;
    }
}
