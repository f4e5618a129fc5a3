using static NewsEvents.Extraction.Tests.Claims.ClaimTestKit;

namespace NewsEvents.Extraction.Tests.Claims;

/// <summary>A Gaza and Red Sea report written for these tests, with the statements a reader would list beside it.</summary>
public class GazaArticleTests
{
    private const string Gaza = """
DEIR AL-BALAH, Gaza Strip (AP) — An Israeli strike on a school sheltering displaced families killed at least 22 people, including 13 children, according to the territory's Health Ministry, which does not distinguish between civilians and combatants in its count.

The Israeli military said it had targeted a Hamas command center inside the school and accused the militants of using civilian buildings as cover. It said it had taken steps to reduce harm to civilians, including the use of precise munitions.

Hamas denied that its fighters were present at the school. In a statement, the group called the strike "a massacre" and blamed the United States for supplying the weapons.

"My son was sleeping next to me," said Umm Khaled al-Najjar, whose 9-year-old boy was among the dead. "I found him under the rubble."

Yemen's Houthi rebels claimed responsibility for a missile attack on a commercial ship in the Red Sea on Tuesday. Houthi military spokesman Yahya Saree said in a televised address that the group would continue its attacks until the war in Gaza ends.

The U.S. Central Command said the missile missed the vessel and caused no injuries. It added that American forces had shot down two drones over the Red Sea.
""";

    [Theory]
    [InlineData("the territory's Health Ministry", "according to", "assertion", "An Israeli strike on a school sheltering displaced families killed at least 22 people, including 13 children")]
    [InlineData("The Israeli military", "say", "assertion", "it had targeted a Hamas command center inside the school")]
    [InlineData("The Israeli military", "accuse", "accusation", "the militants of using civilian buildings as cover")]
    [InlineData("The Israeli military", "say", "assertion", "it had taken steps to reduce harm to civilians, including the use of precise munitions")]
    [InlineData("Hamas", "deny", "denial", "its fighters were present at the school")]
    [InlineData("the group", "blame", "accusation", "the United States for supplying the weapons")]
    [InlineData("Umm Khaled al-Najjar", "say", "assertion", "I found him under the rubble")]
    [InlineData("Yemen's Houthi rebels", "claim responsibility", "claim_of_responsibility", "for a missile attack on a commercial ship in the Red Sea on Tuesday")]
    [InlineData("Yahya Saree", "say", "assertion", "the group would continue its attacks until the war in Gaza ends")]
    [InlineData("The U.S. Central Command", "add", "assertion", "American forces had shot down two drones over the Red Sea")]
    public void AGazaReportListsItsStatements(string speaker, string verb, string stance, string content) =>
        Assert.Contains(Find(Gaza), c => c.Speaker == speaker && c.Verb == verb && c.Stance == stance && c.Text == content);

    [Fact]
    public void TheDeathTollBelongsToTheHealthMinistry()
    {
        var figure = Gaza.IndexOf("22 people", StringComparison.Ordinal);
        var source = Assert.Single(Find(Gaza), c => c.Span.Start <= figure && figure < c.Span.End);
        Assert.Equal("the territory's Health Ministry", source.Speaker);
    }
}
