using NewsEvents.Extraction.Lexicon;
using NewsEvents.Extraction.Tolls;

namespace NewsEvents.Extraction.Tests.Tolls;

/// <summary>
/// The toll stage parses a harm sentence only when the token grammar may have left a victim unread, and what it reads
/// is the same either way.
/// </summary>
public class ParseNeedTests
{
    private static readonly TollFinder Finder = new(TollLexicon.LoadDefault(), WordClasses.LoadDefault());

    [Theory]
    [InlineData("Gunmen killed five villagers near Daroka on Tuesday.", 5)]
    [InlineData("Three soldiers were wounded when a mine exploded on the road to Mbala.", 3)]
    // "livestock" is no "lives" ("lost their lives")
    [InlineData("Raiders killed four herders near Daroka, then drove the livestock away.", 4)]
    public void ASentenceTheGrammarReadsWholeIsNotParsed(string sentence, int figure)
    {
        var text = TollTestKit.Analyze(sentence);

        var tolls = Finder.Find(text, [], [], [], []);

        Assert.Equal(figure, Assert.Single(tolls).Best);
        Assert.Equal(0, text.Syntax!.ParsedCount);
    }

    [Theory]
    // a group joined to the one the grammar counted, a figure the grammar left aside, a group after "of"
    [InlineData("Raiders killed a herder and his two sons near Daroka.")]
    [InlineData("As many as 11 villagers from one clan died when a bomb fell near Daroka.")]
    [InlineData("Gunmen killed a councillor of the ruling party and his driver in Daroka.")]
    public void ASentenceWithAVictimTheGrammarMayHaveMissedIsParsed(string sentence)
    {
        var text = TollTestKit.Analyze(sentence);

        Finder.Find(text, [], [], [], []);

        Assert.Equal(1, text.Syntax!.ParsedCount);
    }

    [Fact]
    public void ASentenceWithNoHarmWordIsNotParsed()
    {
        var text = TollTestKit.Analyze("Hundreds of traders marched through Daroka on Monday to demand lower fuel prices.");

        Assert.Empty(Finder.Find(text, [], [], [], []));
        Assert.Equal(0, text.Syntax!.ParsedCount);
    }
}
