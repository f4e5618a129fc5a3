using NewsEvents.Extraction.People;

namespace NewsEvents.Extraction.Tests.People;

public class NameKeyTests
{
    [Theory]
    [InlineData("Dmitri Peskov", "Dmitry Peskov")]
    [InlineData("Mohammad Deif", "Muhammad Deif")]
    [InlineData("Mohammed Deif", "Mohamad Deif")]
    [InlineData("Abdelmajid Hamdan", "Abdel Majid Hamdan")]
    [InlineData("Abdul Majid Hamdan", "Abd al-Majid Hamdan")]
    [InlineData("Abu Mohammad al-Jowlani", "Abu Muhammad al-Julani")]
    [InlineData("Abu Mohammed Al Jolani", "Abu Mohammad el-Jowlani")]
    [InlineData("Bashar al-Assad", "Bashar Assad")]
    [InlineData("Volodymyr Zelenskyy", "Volodymyr Zelensky")]
    [InlineData("Saeed Jalili", "Said Jalili")]
    [InlineData("Husayn Ali", "Hussein Ali")]
    public void SpellingVariantsShareAKey(string a, string b) =>
        Assert.Equal(PersonLexicon.KeyOf(a), PersonLexicon.KeyOf(b));

    [Theory]
    [InlineData("Hassan Ali", "Hussein Ali")]
    [InlineData("Vladimir Petrov", "Volodymyr Petrov")]
    [InlineData("Ahmed Saleh", "Mahmoud Saleh")]
    public void DifferentNamesKeepDifferentKeys(string a, string b) =>
        Assert.NotEqual(PersonLexicon.KeyOf(a), PersonLexicon.KeyOf(b));
}
