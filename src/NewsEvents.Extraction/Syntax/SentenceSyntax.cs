using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// One sentence's parse seen through the engine's tokens. Every question takes and answers token indices of the
/// sentence (<see cref="Token.Index"/>). A token split into several UD words ("don't" → do n't) answers for its
/// head word, the one attached outside the token; both tokens of "Mr" "." answer for the word "Mr.".
/// </summary>
public sealed class SentenceSyntax
{
    private readonly int[] _wordOfToken;   // the token's representative word
    private readonly int[] _tokenOfWord;

    internal SentenceSyntax(Sentence sentence, IReadOnlyList<UdWord> words, ParsedSentence parse)
    {
        Sentence = sentence;
        Words = words;
        Parse = parse;
        _tokenOfWord = words.Select(w => w.Token).ToArray();
        _wordOfToken = new int[sentence.Tokens.Count];
        Array.Fill(_wordOfToken, -1);
        // the token's first word, unless it hangs inside the token and a later word of it is attached outside
        for (var i = 0; i < words.Count; i++)
        {
            var t = words[i].Token;
            if (_wordOfToken[t] < 0 || (HangsInside(_wordOfToken[t], t) && !HangsInside(i, t))) _wordOfToken[t] = i;
        }
        for (var t = 1; t < _wordOfToken.Length; t++)
            if (_wordOfToken[t] < 0) _wordOfToken[t] = _wordOfToken[t - 1]; // the period merged into "Mr."
    }

    private bool HangsInside(int word, int token) => Parse[word].Head >= 0 && _tokenOfWord[Parse[word].Head] == token;

    public Sentence Sentence { get; }

    /// <summary>The UD words the sentence was parsed as, with their spans.</summary>
    public IReadOnlyList<UdWord> Words { get; }

    /// <summary>The parse over <see cref="Words"/> (word indices, not token indices).</summary>
    public ParsedSentence Parse { get; }

    /// <summary>The UD word a token answers for.</summary>
    public int WordOf(int token) => _wordOfToken[token];

    /// <summary>The token a UD word lies in.</summary>
    public int TokenOf(int word) => _tokenOfWord[word];

    public string Upos(int token) => Parse[WordOf(token)].Upos;

    public string Lemma(int token) => Parse[WordOf(token)].Lemma;

    /// <summary>UD relation of the token to its head ("nsubj", "obl:agent", ...; "root" for the sentence's root).</summary>
    public string Relation(int token) => Parse[WordOf(token)].Deprel;

    /// <summary>The head token, or -1 for the root.</summary>
    public int Head(int token)
    {
        var head = Parse[WordOf(token)].Head;
        return head < 0 ? -1 : TokenOf(head);
    }

    /// <summary>Tokens that depend on <paramref name="token"/>, in order: all of them or those with one relation.</summary>
    public IReadOnlyList<int> Children(int token, string? relation = null)
    {
        var result = new List<int>();
        var word = WordOf(token);
        for (var i = 0; i < Parse.Count; i++)
        {
            if (Parse[i].Head != word || (relation is not null && Parse[i].Deprel != relation)) continue;
            var t = TokenOf(i);
            if (t != token && WordOf(t) == i && !result.Contains(t)) result.Add(t);
        }
        return result;
    }

    /// <summary>The first child with <paramref name="relation"/>, or -1.</summary>
    public int Child(int token, string relation)
    {
        var word = WordOf(token);
        for (var i = 0; i < Parse.Count; i++)
            if (Parse[i].Head == word && Parse[i].Deprel == relation && TokenOf(i) != token) return TokenOf(i);
        return -1;
    }

    /// <summary>Subject of a verb (nsubj, or nsubj:pass in the passive); an auxiliary or copula answers for its clause. -1 when none.</summary>
    public int Subject(int verb)
    {
        verb = Predicate(verb);
        var s = Child(verb, "nsubj");
        return s >= 0 ? s : Child(verb, "nsubj:pass");
    }

    /// <summary>Whether the subject of the verb's clause is a passive one ("were killed").</summary>
    public bool IsPassive(int verb) => Child(Predicate(verb), "nsubj:pass") >= 0 || Child(Predicate(verb), "aux:pass") >= 0;

    /// <summary>Direct object of a verb (obj), or -1.</summary>
    public int Object(int verb) => Child(Predicate(verb), "obj");

    /// <summary>Agent of a passive verb, the noun of "by ..." (obl:agent), or -1.</summary>
    public int Agent(int verb) => Child(Predicate(verb), "obl:agent");

    /// <summary>The noun a number counts ("four farmers": four → farmers), or -1 when the token is no nummod.</summary>
    public int CountedNoun(int number) => Relation(number) == "nummod" ? Head(number) : -1;

    /// <summary>The other members of the token's coordination ("two militants and five policemen"), in order; empty when none.</summary>
    public IReadOnlyList<int> Conjuncts(int token)
    {
        var first = token;
        while (Relation(first) == "conj" && Head(first) >= 0) first = Head(first);
        var members = new List<int> { first };
        members.AddRange(Children(first, "conj"));
        members.Remove(token);
        return members;
    }

    // auxiliaries and copulas hang from the word that heads the clause
    private int Predicate(int token) => Relation(token) is "aux" or "aux:pass" or "cop" && Head(token) >= 0 ? Head(token) : token;
}
