using NewsEvents.Extraction.Text;
namespace NewsEvents.Extraction.Actors;

[Flags]
internal enum PhraseContext
{
    None = 0,
    /// <summary>After a state word: "Russian warplanes", "Turkey's foreign ministry", "Assad's army".</summary>
    State = 1,
    /// <summary>Alone, resolved against the article's dominant country: "the regime", "insurgents".</summary>
    Generic = 2,
    /// <summary>After "X-backed": "Iran-backed militias".</summary>
    Backed = 4,
    /// <summary>After an ethnic adjective: "Kurdish militias".</summary>
    Ethnic = 8,
}

[Flags]
internal enum PhraseGuard
{
    None = 0,
    /// <summary>Only right after "the": "the government", not "government" in "a government spokesman".</summary>
    AfterThe = 1,
    /// <summary>Only when a verb or punctuation follows: "the military said", not "the military campaign".</summary>
    BeforeVerb = 2,
}

internal sealed record Phrase(MentionKind Kind, PhraseContext Contexts, PhraseGuard Guard);

/// <summary>The nouns that name an actor's role (phrases.tsv): forces, officials, civilians, militias... with where each may stand.</summary>
internal sealed class PhraseTable
{
    public TokenTrie<Phrase> Phrases { get; } = new();

    public static PhraseTable Load()
    {
        var table = new PhraseTable();
        foreach (var line in ResourceFiles.ReadLines("actors/phrases.tsv"))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 3) throw new FormatException($"phrases.tsv: expected phrase, kind, contexts[, guards] in '{line}'.");
            var kind = Enum.Parse<MentionKind>(f[1].Trim(), ignoreCase: true);
            var contexts = PhraseContext.None;
            foreach (var c in f[2].Split(',', StringSplitOptions.TrimEntries)) contexts |= Enum.Parse<PhraseContext>(c, ignoreCase: true);
            var guard = PhraseGuard.None;
            if (f.Length > 3)
                foreach (var g in f[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    guard |= Enum.Parse<PhraseGuard>(g, ignoreCase: true);
            table.Phrases.Add(TokenKeys.OfPhrase(f[0].Trim()), new Phrase(kind, contexts, guard));
        }
        return table;
    }

    /// <summary>The longest phrase at <paramref name="start"/> allowed in <paramref name="context"/>; -1 when none.</summary>
    public int Match(string?[] keys, int start, PhraseContext context, out Phrase? phrase)
    {
        phrase = null;
        var end = Phrases.Match(keys, start, context, static (ctx, p, _, _) => (p.Contexts & ctx) != 0, out var values);
        if (end < 0) return -1;
        foreach (var p in values!)
            if ((p.Contexts & context) != 0) { phrase = p; break; }
        return end;
    }
}
