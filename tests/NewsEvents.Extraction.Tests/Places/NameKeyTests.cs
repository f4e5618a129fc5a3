using NewsEvents.Extraction.Places;

namespace NewsEvents.Extraction.Tests.Places;

public class NameKeyTests
{
    [Theory]
    [InlineData("saraqib", "saraqeb")]
    [InlineData("saraqib", "saraqab")]
    [InlineData("al hudaydah", "hodeidah")]
    [InlineData("jabalya", "jabaliya")]
    [InlineData("myawadi", "myawaddy")]
    [InlineData("hama", "hamah")]
    [InlineData("khan yunis", "khan younis")]
    public void TransliterationsShareASkeleton(string a, string b) =>
        Assert.Equal(NameKey.Skeleton(NameKey.Exact(a)), NameKey.Skeleton(NameKey.Exact(b)));

    [Theory]
    [InlineData("deir ez zor", "deir al zor")]
    [InlineData("ash shaykh maskin", "al shaykh maskin")]
    [InlineData("el fasher", "al fasher")]
    [InlineData("as salt", "al salt")]
    [InlineData("at tall", "al tall")]
    public void ArticleVariantsFoldToAl(string name, string key) => Assert.Equal(key, NameKey.Exact(name));

    [Theory]
    [InlineData("an nabk")]
    [InlineData("as suwayda")]
    public void SunLetterArticlesNeedTheMatchingConsonant(string name) => Assert.StartsWith("al ", NameKey.Exact(name));

    [Fact]
    public void EnglishWordsBeforeANameAreNotArticles() => Assert.Equal("at damascus", NameKey.Exact("at damascus"));
}
