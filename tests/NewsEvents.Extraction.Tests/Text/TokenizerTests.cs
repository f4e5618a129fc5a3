using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Text;

public class TokenizerTests
{
    private static List<Token> Tokens(string text) => [.. Tokenizer.Tokenize(text, new TextSpan(0, text.Length))];

    // a typewriter dash reads as the dash it stands for, so the parser sees the aside it sets off
    [Fact]
    public void TwoHyphensAreOneDash()
    {
        var text = "The ferryman -- a man of sixty -- was shot dead.";
        var tokens = Tokens(text);
        var dashes = tokens.Where(t => t.Kind == TokenKind.Punct && t.Norm == "-").ToList();
        Assert.Equal(2, dashes.Count);
        Assert.All(dashes, d => Assert.Equal("--", text.Substring(d.Span.Start, d.Span.Length)));
        Assert.Equal(Tokens(text.Replace("--", "\u2014")).Select(t => t.Norm), tokens.Select(t => t.Norm));
    }

    [Fact]
    public void AHyphenInsideAWordStaysAHyphen() =>
        Assert.Equal(["car", "-", "bomb"], Tokens("car-bomb").Select(t => t.Norm));
}
