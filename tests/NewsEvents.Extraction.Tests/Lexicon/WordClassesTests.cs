using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Lexicon;

public class WordClassesTests
{
    private static readonly WordClasses Words = WordClasses.LoadDefault();

    [Theory]
    [InlineData("sheikh", WordClass.Person | WordClass.Official)]
    [InlineData("street cleaner", WordClass.Person | WordClass.Civilian)]
    [InlineData("herder", WordClass.Person | WordClass.Civilian)]
    [InlineData("farmer", WordClass.Person | WordClass.Civilian)]
    [InlineData("cleaner", WordClass.Person | WordClass.Civilian)]
    [InlineData("soldier", WordClass.Person | WordClass.Combatant)]
    [InlineData("general", WordClass.Person | WordClass.Combatant)]
    [InlineData("guerrilla", WordClass.Person | WordClass.Combatant)]
    [InlineData("policeman", WordClass.Person | WordClass.Security)]
    [InlineData("minister", WordClass.Person | WordClass.Official)]
    [InlineData("imam", WordClass.Person | WordClass.Civilian)]
    [InlineData("village", WordClass.Settlement | WordClass.SocialGroup)]
    [InlineData("mortar", WordClass.Weapon)]
    [InlineData("car bomb", WordClass.Weapon)]
    [InlineData("truck", WordClass.Vehicle)]
    [InlineData("mosque", WordClass.Facility)]
    [InlineData("checkpoint", WordClass.Facility)]
    [InlineData("river", WordClass.GeographicFeature)]
    [InlineData("militia", WordClass.ArmedGroup | WordClass.Organisation)]
    [InlineData("police", WordClass.Security | WordClass.Organisation)]
    [InlineData("tribe", WordClass.SocialGroup | WordClass.Organisation)]
    [InlineData("euphrates", WordClass.GeographicFeature | WordClass.Proper)]
    public void NounsHaveTheClassesOfTheirFirstSenses(string word, WordClass expected) => Assert.Equal(expected, Words.Of(word));

    [Theory]
    [InlineData("thing")]
    [InlineData("attack")]
    [InlineData("year")]
    [InlineData("area")]
    [InlineData("hand")]
    [InlineData("target")]
    [InlineData("mukhtar")] // Levantine village head: not in WordNet, the toll lexicon keeps it
    public void WordsThatNameNoPersonAreNotPersons(string word) => Assert.False(Words.IsPerson(word));

    [Theory]
    [InlineData("bank")] // sloping land and a financial institution first; the bank building is its ninth sense
    [InlineData("market")] // commerce and customers first; the marketplace is its third sense
    public void ARareSenseGivesNoClass(string word) => Assert.Equal(WordClass.None, Words.Of(word) & WordClass.Facility);

    [Fact]
    public void AFarmerIsNotACombatant() => Assert.False(Words.IsArmed("farmer"));

    [Theory]
    [InlineData("men", WordClass.Person | WordClass.Civilian)]
    [InlineData("women", WordClass.Person | WordClass.Civilian)]
    [InlineData("children", WordClass.Person | WordClass.Civilian)]
    [InlineData("people", WordClass.Person | WordClass.SocialGroup)]
    [InlineData("herders", WordClass.Person | WordClass.Civilian)]
    [InlineData("sheikhs", WordClass.Person | WordClass.Official)]
    [InlineData("militiamen", WordClass.Person | WordClass.Combatant)]
    [InlineData("churches", WordClass.Organisation | WordClass.Facility)]
    [InlineData("militias", WordClass.ArmedGroup | WordClass.Organisation)]
    [InlineData("knives", WordClass.Weapon)]
    [InlineData("terraria", WordClass.Facility)] // a singular longer than its plural
    [InlineData("street cleaners", WordClass.Person | WordClass.Civilian)]
    public void PluralsTakeTheClassesOfTheirSingular(string word, WordClass expected) => Assert.Equal(expected, Words.Of(word) & expected);

    [Theory]
    [InlineData("Street-Cleaners")]
    [InlineData("street  cleaners")]
    [InlineData("STREET CLEANER")]
    public void InputIsFoldedToTheKeyForm(string word) => Assert.True(Words.IsPerson(word));

    [Theory]
    [InlineData("gunmen shot two street cleaners", 4, 3, "street cleaners")]
    [InlineData("the street-cleaners", 3, 1, "street-cleaners")]
    [InlineData("a suicide bomber struck", 2, 1, "suicide bomber")]
    [InlineData("six armoured personnel carriers", 3, 1, "armoured personnel carriers")]
    [InlineData("the village elder", 2, 2, "elder")]
    [InlineData("the village elders", 2, 2, "elders")]
    public void TheLongestCompoundEndsAtTheHead(string text, int head, int start, string expected)
    {
        var tokens = TextAnalyzer.Analyze(text).Sentences[0].Tokens;
        var match = Words.LongestEndingAt(tokens, head);
        Assert.Equal(start, match.Start);
        Assert.Equal(head + 1, match.End);
        Assert.Equal(expected, text[tokens[match.Start].Span.Start..tokens[head].Span.End]);
        Assert.NotEqual(WordClass.None, match.Classes);
    }

    [Fact]
    public void ACompoundOverPlainWordsMatchesAsWell() =>
        Assert.Equal(new CompoundMatch(1, 3, WordClass.Person | WordClass.Civilian), Words.LongestEndingAt(["two", "street", "cleaners"], 2));

    [Fact]
    public void AnUnknownHeadMatchesAloneWithNoClass() =>
        Assert.Equal(new CompoundMatch(1, 2, WordClass.None), Words.LongestEndingAt(["the", "mukhtars"], 1));

    [Fact]
    public void TheSharedInstanceLoadsOnce() => Assert.Same(WordClasses.LoadDefault(), WordClasses.LoadDefault());

    [Fact]
    public void EveryStoredLemmaIsInTheLookUpsKeyForm()
    {
        using var gz = new System.IO.Compression.GZipStream(ResourceFiles.Open("wordnet/nouns.tsv.gz"), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            var lemma = line[..line.IndexOf('\t')];
            Assert.True(lemma == Folding.Fold(lemma) && !lemma.Contains("  ") && !lemma.Contains('-') && lemma.Trim() == lemma, lemma);
            Assert.NotEqual(WordClass.None, Words.Of(lemma));
            rows++;
        }
        Assert.Equal(Words.Count, rows);
    }

    [Fact]
    public void TheDataCoversTensOfThousandsOfLemmas() => Assert.InRange(Words.Count, 15_000, 40_000);
}
