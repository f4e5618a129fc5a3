namespace NewsEvents.Extraction.Lexicon;

/// <summary>Reads Resources/wordnet/nouns.tsv.gz as tools/wordnet/build.py writes it.</summary>
internal static class WordClassFile
{
    /// <summary>Lemma to classes, from the rows of nouns.tsv: folded lemma, tab, comma-separated class names.</summary>
    public static Dictionary<string, WordClass> Read(Stream nouns)
    {
        var classes = new Dictionary<string, WordClass>(20_000, StringComparer.Ordinal);
        using var reader = new StreamReader(nouns, bufferSize: 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab > 0) classes[line[..tab]] = Parse(line.AsSpan(tab + 1));
        }
        return classes;
    }

    private static WordClass Parse(ReadOnlySpan<char> names)
    {
        var classes = WordClass.None;
        foreach (var r in names.Split(','))
            classes |= names[r] switch
            {
                "person" => WordClass.Person,
                "combatant" => WordClass.Combatant,
                "security" => WordClass.Security,
                "official" => WordClass.Official,
                "civilian" => WordClass.Civilian,
                "armed_group" => WordClass.ArmedGroup,
                "social_group" => WordClass.SocialGroup,
                "organisation" => WordClass.Organisation,
                "weapon" => WordClass.Weapon,
                "vehicle" => WordClass.Vehicle,
                "facility" => WordClass.Facility,
                "settlement" => WordClass.Settlement,
                "geographic" => WordClass.GeographicFeature,
                "proper" => WordClass.Proper,
                var other => throw new InvalidDataException($"wordnet/nouns.tsv.gz: unknown class '{other}'"),
            };
        return classes;
    }
}
