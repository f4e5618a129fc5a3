using NewsEvents.Extraction.People;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.People;

public class WirePeopleTests
{
    private const string Gaza = """
        GAZA CITY (AP) - Israeli strikes killed at least 31 people overnight, health officials said.

        Dr. Marwan Abu Saada, head of surgery at Shifa Hospital, said most of the wounded were children. "We are operating on the floor," Abu Saada said.

        Israeli military spokesman Daniel Hagari said the strikes targeted Hamas commanders. Hamas spokesman Hazem Qassem called the claim "a lie".

        Prime Minister Benjamin Netanyahu vowed to press on. Netanyahu spoke after meeting Defence Minister Yoav Gallant in Tel Aviv.
        """;

    [Theory]
    [InlineData("Marwan Abu Saada", "head of surgery at Shifa Hospital", 2)]
    [InlineData("Daniel Hagari", "Israeli military spokesman", 1)]
    [InlineData("Hazem Qassem", "Hamas spokesman", 1)]
    [InlineData("Benjamin Netanyahu", "Prime Minister", 2)]
    [InlineData("Yoav Gallant", "Defence Minister", 1)]
    public void AGazaReportNamesItsPeopleOnceEachWithTheirRoles(string name, string role, int mentions)
    {
        var people = PersonFinder.LoadDefault().Find(TextAnalyzer.Analyze(Gaza), [], []);
        var person = Assert.Single(people, p => p.Name == name);
        Assert.Equal(role, person.Role);
        Assert.Equal(mentions, person.Spans.Count);
    }

    [Fact]
    public void AGazaReportHasNoOtherPeople() =>
        Assert.Equal(5, PersonFinder.LoadDefault().Find(TextAnalyzer.Analyze(Gaza), [], []).Count);
}
