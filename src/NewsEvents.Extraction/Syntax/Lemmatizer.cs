using System.Collections.Frozen;

namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// Lemmas from a few suffix rules per tag, overridden by an exception table learnt from the treebank (every
/// form and tag whose lemma the rules get wrong there: "went"/VERB → "go", "men"/NOUN → "man", "I"/PRON → "I").
/// </summary>
internal sealed class Lemmatizer
{
    private readonly FrozenDictionary<string, string> _exceptions;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <param name="exceptions">Keys are <see cref="Key"/>(tag, lower-case form).</param>
    public Lemmatizer(IReadOnlyDictionary<string, string> exceptions)
    {
        _exceptions = exceptions.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyDictionary<string, string> Exceptions => _exceptions;

    public static string Key(string tag, string lowerForm) => tag + "\t" + lowerForm;

    /// <param name="form">The word as written.</param>
    /// <param name="formString">The same word as a string, when the caller has one (returned as is where the lemma is the form).</param>
    public string Lemma(ReadOnlySpan<char> form, string? formString, string tag)
    {
        if (form.Length > 64) return formString ?? form.ToString();
        Span<char> key = stackalloc char[tag.Length + 1 + form.Length];
        tag.AsSpan().CopyTo(key);
        key[tag.Length] = '\t';
        var lower = key[(tag.Length + 1)..];
        for (var i = 0; i < form.Length; i++) lower[i] = char.ToLowerInvariant(WordInfo.Ascii(form[i]));
        if (_bySpan.TryGetValue(key, out var lemma)) return lemma;
        return Rule(form, formString, lower, tag);
    }

    /// <summary>What the rules alone say; the trainer keeps as exceptions the treebank lemmas that differ from it.</summary>
    public static string Rule(ReadOnlySpan<char> form, string? formString, ReadOnlySpan<char> lower, string tag)
    {
        int? stem = tag switch
        {
            "PROPN" or "PUNCT" or "SYM" or "X" => null, // kept as written
            "NOUN" => Plural(lower),
            "VERB" or "AUX" => Verb(lower),
            _ => lower.Length,
        };
        if (stem is null) return formString ?? form.ToString();
        if (stem.Value == lower.Length && formString is not null && lower.SequenceEqual(formString)) return formString;
        return Restore(lower, stem.Value);
    }

    // Returns how much of the lower-case form the stem keeps; a negative value means "keep that much, add 'y'".
    private static int Plural(ReadOnlySpan<char> w)
    {
        if (w.Length > 4 && w.EndsWith("ies")) return -(w.Length - 3);
        if (w.Length > 4 && (w.EndsWith("sses") || w.EndsWith("shes") || w.EndsWith("ches") || w.EndsWith("xes") || w.EndsWith("zzes"))) return w.Length - 2;
        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i' or '\'')) return w.Length - 1;
        return w.Length;
    }

    private static int Verb(ReadOnlySpan<char> w)
    {
        if (w.Length > 4 && w.EndsWith("ies")) return -(w.Length - 3);
        if (w.Length > 4 && w.EndsWith("ied")) return -(w.Length - 3);
        if (w.Length > 5 && w.EndsWith("ing")) return Undouble(w, w.Length - 3);
        if (w.Length > 4 && w.EndsWith("ed")) return Undouble(w, w.Length - 2);
        if (w.Length > 4 && (w.EndsWith("sses") || w.EndsWith("shes") || w.EndsWith("ches") || w.EndsWith("xes"))) return w.Length - 2;
        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i' or '\'')) return w.Length - 1;
        return w.Length;
    }

    // "stopped" -> "stop", "killed" stays "kill"
    private static int Undouble(ReadOnlySpan<char> w, int stem) =>
        stem >= 3 && w[stem - 1] == w[stem - 2] && w[stem - 1] is not ('l' or 's' or 'z' or 'f' or 'e' or 'o') && !IsVowel(w[stem - 1]) ? stem - 1 : stem;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string Restore(ReadOnlySpan<char> lower, int stem) =>
        stem < 0 ? string.Concat(lower[..-stem], "y") : lower[..stem].ToString();
}
