using static NewsEvents.Extraction.Tests.Claims.ClaimTestKit;

namespace NewsEvents.Extraction.Tests.Claims;

/// <summary>Whole wire-style articles written for these tests, with the statements a reader would list beside them.</summary>
public class WireArticleTests
{
    private const string Sudan = """
KHARTOUM (Reuters) - Paramilitary fighters shelled a displacement camp near El Fasher on Sunday, killing at least 23 people, including seven children, local medics and a rights group said.

The Rapid Support Forces (RSF) denied targeting civilians and accused the army of using the camp as a shield. "Our forces only respond to attacks," RSF adviser Mohamed al-Mukhtar told Reuters by phone.

Sudan's army said in a statement that its air force had struck RSF positions east of the city. It vowed to retake the whole of Darfur.

"The shelling started at dawn and did not stop," said Halima Adam, 34, a mother of four who fled to the camp last year. "We buried our neighbours before noon."

The El Fasher Resistance Committee, a local volunteer group, said more than 100 people were wounded. According to the United Nations, over 500,000 people have sought shelter in the camps around the city.

UN Secretary-General Antonio Guterres condemned the attack. Guterres called for an immediate ceasefire, his spokesman Stephane Dujarric told reporters in New York.

Army chief Abdel Fattah al-Burhan has repeatedly rejected talks with the RSF. Burhan said on Saturday that the war would end only when the paramilitaries surrender.
""";

    private const string Ukraine = """
KYIV, Ukraine (AP) - Russian forces launched 40 drones and three ballistic missiles at Ukraine overnight, Ukraine's air force said Tuesday, adding that air defences shot down 35 of the drones.

Kharkiv Mayor Ihor Terekhov said two people were killed and 14 wounded when a missile hit an apartment block. "People were still asleep," Terekhov wrote on Telegram.

Russia's Defence Ministry claimed its troops had captured the village of Novomykhailivka in the Donetsk region. Kyiv did not comment on the claim.

President Volodymyr Zelenskyy urged Western allies to speed up deliveries of air defence systems. "Every delay costs lives," Zelenskyy said in his nightly video address. "We need Patriots, not promises."

Kremlin spokesman Dmitry Peskov dismissed reports of new peace talks as "pure speculation". He said Moscow's goals remained unchanged.

Ukrainian military spokesman Col. Nazar Voloshyn told national television that Russian assaults near Pokrovsk had intensified, with 52 clashes recorded over the past day.
""";

    [Theory]
    [InlineData("local medics and a rights group", "say", "assertion", "at least 23 people, including seven children")]
    [InlineData("The Rapid Support Forces (RSF)", "deny", "denial", "targeting civilians")]
    [InlineData("The Rapid Support Forces (RSF)", "accuse", "accusation", "the army of using the camp as a shield")]
    [InlineData("Mohamed al-Mukhtar", "tell", "assertion", "Our forces only respond to attacks")]
    [InlineData("Sudan's army", "say", "assertion", "its air force had struck RSF positions")]
    [InlineData("Sudan's army", "vow", "threat", "to retake the whole of Darfur")]
    [InlineData("Halima Adam", "say", "assertion", "We buried our neighbours before noon")]
    [InlineData("The El Fasher Resistance Committee", "say", "assertion", "more than 100 people were wounded")]
    [InlineData("the United Nations", "according to", "assertion", "over 500,000 people")]
    [InlineData("Antonio Guterres", "condemn", "accusation", "the attack")]
    [InlineData("Stephane Dujarric", "tell", "assertion", "Guterres called for an immediate ceasefire")]
    [InlineData("Abdel Fattah al-Burhan", "reject", "denial", "talks with the RSF")]
    public void ASudanReportListsItsStatements(string speaker, string verb, string stance, string content) =>
        Assert.Contains(Find(Sudan), c => c.Speaker == speaker && c.Verb == verb && c.Stance == stance && c.Text.Contains(content));

    [Theory]
    [InlineData("Ukraine's air force", "say", "Russian forces launched 40 drones and three ballistic missiles at Ukraine overnight")]
    [InlineData("Ukraine's air force", "add", "air defences shot down 35 of the drones")]
    [InlineData("Ihor Terekhov", "say", "two people were killed and 14 wounded when a missile hit an apartment block")]
    [InlineData("Ihor Terekhov", "write", "People were still asleep")]
    [InlineData("Russia's Defence Ministry", "claim", "its troops had captured the village of Novomykhailivka in the Donetsk region")]
    [InlineData("Volodymyr Zelensky", "say", "We need Patriots, not promises")]
    [InlineData("Dmitry Peskov", "dismiss", "reports of new peace talks as \"pure speculation\"")]
    [InlineData("Dmitry Peskov", "say", "Moscow's goals remained unchanged")]
    [InlineData("Nazar Voloshyn", "tell", "Russian assaults near Pokrovsk had intensified, with 52 clashes recorded over the past day")]
    public void AUkraineReportListsItsStatements(string speaker, string verb, string content) =>
        Assert.Contains(Find(Ukraine), c => c.Speaker == speaker && c.Verb == verb && c.Text == content);

    [Fact]
    public void NoStatementIsFoundInTheDatelineOrInTheReporterOwnWords()
    {
        var claims = Find(Sudan).Concat(Find(Ukraine)).ToList();
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("KHARTOUM", StringComparison.Ordinal) || c.Text.StartsWith("KYIV", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.Text.Contains("did not comment", StringComparison.Ordinal));
    }
}
