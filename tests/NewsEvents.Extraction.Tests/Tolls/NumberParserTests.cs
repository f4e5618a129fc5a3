namespace NewsEvents.Extraction.Tests.Tolls;

public class NumberParserTests
{
    [Theory]
    [InlineData("27 people", 27)]
    [InlineData("4,000,000 residents", 4_000_000)]
    [InlineData("1.5 million people", 1_500_000)]
    [InlineData("2.5m refugees", 2_500_000)]
    [InlineData("eight children", 8)]
    [InlineData("twenty-seven civilians", 27)]
    [InlineData("a hundred soldiers", 100)]
    [InlineData("two hundred and fifty fighters", 250)]
    [InlineData("one hundred fifty fighters", 150)]
    [InlineData("three dozen students", 36)]
    [InlineData("a dozen villagers", 12)]
    [InlineData("half a dozen guards", 6)]
    [InlineData("three thousand two hundred families", 3_200)]
    [InlineData("12 thousand people", 12_000)]
    public void FiguresInDigitsAndWordsAreRead(string text, int expected)
    {
        var q = TollTestKit.Number(text);
        Assert.NotNull(q);
        Assert.Equal(expected, q.Best);
        Assert.Equal(expected, q.Min);
        Assert.Null(q.Qualifier);
    }

    [Theory]
    [InlineData("at least 27", "at_least", 27, null, 27)]
    [InlineData("more than 200", "more_than", 200, null, 200)]
    [InlineData("over 50", "more_than", 50, null, 50)]
    [InlineData("nearly 40", "nearly", null, 40, 40)]
    [InlineData("almost a hundred", "nearly", null, 100, 100)]
    [InlineData("about 300", "about", null, null, 300)]
    [InlineData("around 15", "about", null, null, 15)]
    [InlineData("approximately 70", "about", null, null, 70)]
    [InlineData("some 2,000", "about", null, null, 2_000)]
    [InlineData("roughly 60", "about", null, null, 60)]
    [InlineData("an estimated 10,000", "about", null, null, 10_000)]
    [InlineData("up to 20", "up_to", null, 20, 20)]
    [InlineData("as many as 35", "up_to", null, 35, 35)]
    [InlineData("fewer than 10", "fewer_than", null, 10, null)]
    [InlineData("not fewer than 12", "at_least", 12, null, 12)]
    [InlineData("not more than 8", "up_to", null, 8, 8)]
    [InlineData("at least a dozen", "at_least", 12, null, 12)]
    [InlineData("30 or more", "at_least", 30, null, 30)]
    [InlineData("between 10 and 15", "range", 10, 15, 10)]
    [InlineData("10 to 15", "range", 10, 15, 10)]
    [InlineData("10-15", "range", 10, 15, 10)]
    [InlineData("twenty to thirty", "range", 20, 30, 20)]
    public void QualifiersAndRangesSetTheBounds(string text, string qualifier, int? min, int? max, int? best)
    {
        var q = TollTestKit.Number(text);
        Assert.NotNull(q);
        Assert.Equal((qualifier, min, max, best), (q.Qualifier, q.Min, q.Max, q.Best));
    }

    [Theory]
    [InlineData("dozens of people", "dozens", 24, 99)]
    [InlineData("scores of villagers", "scores", 40, 199)]
    [InlineData("hundreds of fighters", "hundreds", 200, 999)]
    [InlineData("thousands of families", "thousands", 2_000, 9_999)]
    [InlineData("tens of thousands of people", "tens of thousands", 20_000, 99_999)]
    [InlineData("hundreds of thousands of people", "hundreds of thousands", 200_000, 999_999)]
    [InlineData("several people", "several", 3, 9)]
    [InlineData("a few soldiers", "a few", 2, 5)]
    [InlineData("several hundred residents", "several hundred", 300, 900)]
    [InlineData("many civilians", "many", null, null)]
    public void VagueQuantitiesKeepTheWordAndHaveNoBestFigure(string text, string vague, int? min, int? max)
    {
        var q = TollTestKit.Number(text);
        Assert.NotNull(q);
        Assert.Equal((vague, min, max), (q.Vague, q.Min, q.Max));
        Assert.Null(q.Best);
    }

    [Fact]
    public void AtLeastDozensHasNoUpperBound()
    {
        var q = TollTestKit.Number("at least dozens");
        Assert.NotNull(q);
        Assert.Equal(("at_least", "dozens", 24, (int?)null), (q.Qualifier, q.Vague, q.Min, q.Max));
    }

    [Theory]
    [InlineData("13th")]
    [InlineData("the")]
    [InlineData("a car")]
    [InlineData("1.5 km")]
    [InlineData("over the border")]
    public void WordsThatAreNotQuantitiesAreNotRead(string text) => Assert.Null(TollTestKit.Number(text));

    [Fact]
    public void TheSpanCoversQualifierAndFigure()
    {
        const string text = "at least 19 villagers";
        var q = TollTestKit.Number(text);
        Assert.NotNull(q);
        Assert.Equal("at least 19", q.Span.Of(text));
    }

    [Fact]
    public void FourDigitFiguresThatLookLikeYearsAreMarked()
    {
        Assert.True(TollTestKit.Number("2016 battle")!.YearLike);
        Assert.False(TollTestKit.Number("2,016 people")!.YearLike);
    }
}
