using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Text;

public class FoldingTests
{
    [Theory]
    [InlineData("Saráqib", "saraqib")]
    [InlineData("GOMA \U0001F600", "goma \U0001F600")]
    [InlineData("a\uD83Db", "a\uD83Db")]
    [InlineData("ab\uDE00", "ab\uDE00")]
    [InlineData("x\uFFFE\uFFFFy", "x\uFFFE\uFFFFy")]
    [InlineData("N\u0000UL", "n\u0000ul")]
    public void FoldingKeepsCharactersItCannotFoldAndFoldsTheRest(string input, string expected) =>
        Assert.Equal(expected, Folding.Fold(input));
}
