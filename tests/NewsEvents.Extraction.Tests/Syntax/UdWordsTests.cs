using NewsEvents.Extraction.Syntax;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Syntax;

public class UdWordsTests
{
    private static List<(string Word, int Start, int End, int Token)> Words(string text)
    {
        var analysed = TextAnalyzer.Analyze(text);
        var sentence = Assert.Single(analysed.Sentences);
        return UdWords.Of(text, sentence).Select(w => (w.Span.Of(text), w.Span.Start, w.Span.End, w.Token)).ToList();
    }

    [Fact]
    public void DontIsSplitIntoDoAndNtWithinItsToken()
    {
        Assert.Equal([("They", 0, 4, 0), ("do", 5, 7, 1), ("n't", 7, 10, 1), ("know", 11, 15, 2), (".", 15, 16, 3)], Words("They don't know."));
    }

    [Fact]
    public void CantBecomesCaAndNtAsInTheTreebank()
    {
        Assert.Equal([("We", 0, 2, 0), ("ca", 3, 5, 1), ("n't", 5, 8, 1), ("go", 9, 11, 2)], Words("We can't go"));
    }

    [Fact]
    public void CurlyApostrophesSplitTheSameWay()
    {
        Assert.Equal([("They", 0, 4, 0), ("do", 5, 7, 1), ("n\u2019t", 7, 10, 1), ("know", 11, 15, 2)], Words("They don\u2019t know"));
    }

    [Fact]
    public void PronounCliticsAreTheirOwnWords()
    {
        Assert.Equal([("we", 0, 2, 0), ("'re", 2, 5, 0), ("sure", 6, 10, 1), ("I", 11, 12, 2), ("'ll", 12, 15, 2), ("go", 16, 18, 3)], Words("we're sure I'll go"));
    }

    [Fact]
    public void CannotIsCanAndNot()
    {
        Assert.Equal([("They", 0, 4, 0), ("can", 5, 8, 1), ("not", 8, 11, 1), ("leave", 12, 17, 2)], Words("They cannot leave"));
    }

    [Fact]
    public void PossessiveAndHyphensKeepTheTokenizersSplit()
    {
        Assert.Equal([("Syria", 0, 5, 0), ("'s", 5, 7, 1), ("Iran", 8, 12, 2), ("-", 12, 13, 3), ("backed", 13, 19, 4), ("militias", 20, 28, 5)], Words("Syria's Iran-backed militias"));
    }

    [Fact]
    public void NamesWithApostrophesStayWhole()
    {
        Assert.Equal([("O'Brien", 0, 7, 0), ("met", 8, 11, 1), ("Sa'd", 12, 16, 2)], Words("O'Brien met Sa'd"));
    }

    [Fact]
    public void ATitleAndItsPeriodAreOneWordAsInTheTreebank()
    {
        Assert.Equal([("Mr.", 0, 3, 0), ("Smith", 4, 9, 2), ("left", 10, 14, 3)], Words("Mr. Smith left"));
    }
}
