using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Lt Col Hassan Omar, a commander, spoke. He left.", 2)]
    [InlineData("Gen. Ahmed Musa said the town fell. Troops moved in.", 2)]
    [InlineData("Mr. Smith and Dr. Jones met at 9 a.m. on Monday.", 1)]
    [InlineData("The U.S. embassy said it was monitoring the situation.", 1)]
    [InlineData("Aid arrived from the U.N. The convoy had 20 trucks.", 2)]
    [InlineData("The rate rose to 2.5 percent. Prices fell.", 2)]
    [InlineData("\"We will fight,\" he said. \"We will not leave.\" Then he left.", 3)]
    [InlineData("He said: \u201CWe are alarmed.\u201D The UN agreed.", 2)]
    [InlineData("Who fired first? Nobody knows! Officials were silent.", 3)]
    [InlineData("Forces reached J. Smith Street. They stopped.", 2)]
    public void SplitsSentencesAtTheRightPlaces(string text, int expected)
    {
        var analyzed = TextAnalyzer.Analyze(text);
        Assert.Equal(expected, analyzed.Sentences.Count);
    }

    [Theory]
    [InlineData("Troops pushed back the assault. \u201CThe clashes were fierce,\u201D he said.", "\u201CThe clashes")]
    [InlineData("He said: \"We will fight.\" Then he left.", "Then he left.")]
    public void AnOpeningQuoteAfterAStopStartsTheNextSentence(string text, string secondStartsWith)
    {
        var analyzed = TextAnalyzer.Analyze(text);
        Assert.Equal(2, analyzed.Sentences.Count);
        Assert.StartsWith(secondStartsWith, analyzed.Of(analyzed.Sentences[1].Span));
        Assert.DoesNotContain('\u201C', analyzed.Of(analyzed.Sentences[0].Span));
    }

    [Fact]
    public void SentencesNeverCrossParagraphs()
    {
        var analyzed = TextAnalyzer.Analyze("Shelling hit the town\n\nResidents fled");
        Assert.Equal(2, analyzed.Sentences.Count);
        Assert.Equal("Residents fled", analyzed.Of(analyzed.Sentences[1].Span));
    }

    [Theory]
    [InlineData("Hayat Tahrir al-Sham fighters", "hayat|tahrir|al|-|sham|fighters")]
    [InlineData("Syria\u2019s army", "syria|'s|army")]
    [InlineData("over 4,000,000 people", "over|4,000,000|people")]
    [InlineData("the U.S. and U.N. said", "the|u.s.|and|u.n.|said")]
    [InlineData("twenty-seven civilians", "twenty|-|seven|civilians")]
    [InlineData("Saráqib's edge", "saraqib|'s|edge")]
    [InlineData("the 13th day", "the|13th|day")]
    public void TokensAreFoldedAndSplitAtHyphensAndPossessives(string text, string expected)
    {
        var sentence = TextAnalyzer.Analyze(text).Sentences.Single();
        Assert.Equal(expected, string.Join('|', sentence.Tokens.Select(t => t.Norm)));
    }

    [Fact]
    public void AQuotationRunningOverSentencesIsOneQuote()
    {
        var text = "\u201CWe are alarmed. Civilians must be protected,\u201D he said.";
        var analyzed = TextAnalyzer.Analyze(text);
        Assert.Equal(2, analyzed.Sentences.Count);
        var quote = Assert.Single(analyzed.Quotes);
        Assert.Equal("We are alarmed. Civilians must be protected,", analyzed.Of(quote));
    }

    [Fact]
    public void ApostrophesDoNotOpenQuotes()
    {
        var analyzed = TextAnalyzer.Analyze("The army's statement and the rebels' claim differ.");
        Assert.Empty(analyzed.Quotes);
    }

    [Fact]
    public void ARunWithoutStopsIsCutIntoSentencesOfBoundedLength()
    {
        var text = string.Concat(Enumerable.Repeat("officials said, ", 1000));

        var analyzed = TextAnalyzer.Analyze(text);

        Assert.All(analyzed.Sentences, s => Assert.InRange(s.Tokens.Count, 1, SentenceSplitter.MaxTokens));
        Assert.Equal(3000, analyzed.Sentences.Sum(s => s.Tokens.Count));
        // pieces end at a comma when one falls in the second half of the window
        Assert.All(analyzed.Sentences.SkipLast(1), s => Assert.Equal(",", s.Tokens[^1].Norm));
    }
}
