using static NewsEvents.Extraction.Tests.Claims.ClaimTestKit;

namespace NewsEvents.Extraction.Tests.Claims;

public class ClaimFinderTests
{
    [Theory]
    [InlineData("The Rapid Support Forces denied targeting civilians.", "The Rapid Support Forces", "deny", "denial", false, "targeting civilians")]
    [InlineData("\"We will not retreat,\" said Colonel Yuriy Bondar.", "Yuriy Bondar", "say", "assertion", true, "We will not retreat")]
    [InlineData("Hamas claimed responsibility for the attack on the checkpoint.", "Hamas", "claim responsibility", "claim_of_responsibility", false, "for the attack on the checkpoint")]
    [InlineData("Ukraine's air force said it shot down 40 drones overnight.", "Ukraine's air force", "say", "assertion", false, "it shot down 40 drones overnight")]
    [InlineData("Twelve people were killed in the strike, according to the Health Ministry.", "the Health Ministry", "according to", "assertion", false, "Twelve people were killed in the strike")]
    [InlineData("According to the Health Ministry in Gaza, 35 people died overnight.", "the Health Ministry in Gaza", "according to", "assertion", false, "35 people died overnight")]
    [InlineData("At least 18 civilians died in the shelling, a UN official said on Tuesday.", "a UN official", "say", "assertion", false, "At least 18 civilians died in the shelling")]
    [InlineData("The army accused the rebels of spreading false information.", "The army", "accuse", "accusation", false, "the rebels of spreading false information")]
    [InlineData("The ministry said the reports of a massacre were false.", "The ministry", "say", "denial", false, "the reports of a massacre were false")]
    [InlineData("The Houthis vowed to retaliate against the strikes.", "The Houthis", "vow", "threat", false, "to retaliate against the strikes")]
    [InlineData("The governor vowed to rebuild the market within a month.", "The governor", "vow", "promise", false, "to rebuild the market within a month")]
    [InlineData("Junta spokesman Zaw Min Tun told reporters the resistance fighters had fled.", "Zaw Min Tun", "tell", "assertion", false, "the resistance fighters had fled")]
    [InlineData("Suna, the state news agency, reported that 200 fighters were killed.", "Suna", "report", "assertion", false, "200 fighters were killed")]
    [InlineData("Mohammed Idris, a doctor at the hospital, said 25 bodies had arrived.", "Mohammed Idris", "say", "assertion", false, "25 bodies had arrived")]
    [InlineData("Russia's defence ministry blamed Kyiv for the blast at the depot.", "Russia's defence ministry", "blame", "accusation", false, "Kyiv for the blast at the depot")]
    [InlineData("The cartel threatened to kill the journalists.", "The cartel", "threaten", "threat", false, "to kill the journalists")]
    [InlineData("Tehran warned it would respond to any attack on its soil.", "Tehran", "warn", "threat", false, "it would respond to any attack on its soil")]
    [InlineData("The World Food Programme warned of famine in the north.", "The World Food Programme", "warn", "assertion", false, "of famine in the north")]
    [InlineData("Israel's military pledged to investigate the strike on the school.", "Israel's military", "pledge", "promise", false, "to investigate the strike on the school")]
    [InlineData("The Taliban denied responsibility for the bombing in Kabul.", "The Taliban", "deny", "denial", false, "responsibility for the bombing in Kabul")]
    [InlineData("Officials say the death toll is likely to rise.", "Officials", "say", "assertion", false, "the death toll is likely to rise")]
    [InlineData("Al-Shabaab, which is linked to al-Qaeda, said its fighters carried out the raid.", "Al-Shabaab", "say", "assertion", false, "its fighters carried out the raid")]
    [InlineData("Police pointed out that the road had been closed since Monday.", "Police", "point out", "assertion", false, "the road had been closed since Monday")]
    [InlineData("News outlets cited a police source as saying that nine officers were wounded.", "a police source", "say", "assertion", false, "nine officers were wounded")]
    [InlineData("Witnesses said the gunmen arrived on motorbikes.", "Witnesses", "say", "assertion", false, "the gunmen arrived on motorbikes")]
    [InlineData("The militia commander said in a statement on Friday that his men had taken the airport.", "The militia commander", "say", "assertion", false, "his men had taken the airport")]
    [InlineData("Hospital director Marwan Sultan said: \"We have no fuel left for the generators.\"", "Marwan Sultan", "say", "assertion", true, "We have no fuel left for the generators")]
    [InlineData("The violence has displaced 3,000 families, with the monitor reporting that shelling continued overnight.", "the monitor", "report", "assertion", false, "shelling continued overnight")]
    public void FindsOneStatementWithItsSpeakerVerbStanceAndContent(string text, string speaker, string verb, string stance, bool direct, string content)
    {
        var claim = Assert.Single(Find(text));
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(verb, claim.Verb);
        Assert.Equal(stance, claim.Stance);
        Assert.Equal(direct, claim.Direct);
        Assert.Equal(content, claim.Text);
        Assert.Equal(content, text[claim.Span.Start..claim.Span.End]);
    }

    [Theory]
    [InlineData("A ceasefire was announced on Wednesday.")]
    [InlineData("The attack claimed the lives of 12 soldiers.")]
    [InlineData("The mayor refused to say how many people died.")]
    [InlineData("The claim could not be verified independently.")]
    [InlineData("The offensive adds to the pressure on the capital.")]
    [InlineData("Residents fled with claim and counter-claim filling the airwaves.")]
    [InlineData("\"We said we would come back,\" the banner read.")]
    public void NotEveryReportingWordIsAStatement(string text) => Assert.Empty(Find(text));

    [Fact]
    public void TwoVerbsSharingASubjectAreTwoStatementsByOneSpeaker()
    {
        var claims = Find("The militia pledged to hold the bridge and accused the soldiers of inflating their losses.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("The militia", c.Speaker));
        Assert.Equal("to hold the bridge", claims[0].Text);
        Assert.Equal("accusation", claims[1].Stance);
        Assert.Equal("the soldiers of inflating their losses", claims[1].Text);
    }

    [Fact]
    public void AStatementReportedByAnotherSourceKeepsBothSpeakers()
    {
        var claims = Find("Gunmen claimed to have reached the port, residents and a rights group said on Monday.");
        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Speaker == "residents and a rights group" && c.Text == "Gunmen claimed to have reached the port");
        Assert.Contains(claims, c => c.Speaker == "Gunmen" && c.Text == "to have reached the port");
    }

    [Fact]
    public void ACasualtyFigureLiesInsideTheContentSpanOfItsSource()
    {
        const string text = "Shelling over two nights has killed at least 31 villagers, among them nine children, a UNICEF official said.";
        var claim = Assert.Single(Find(text));
        var figure = text.IndexOf("31", StringComparison.Ordinal);
        Assert.True(claim.Span.Start <= figure && figure < claim.Span.End);
        Assert.Equal("a UNICEF official", text[claim.SpeakerSpan!.Value.Start..claim.SpeakerSpan.Value.End]);
    }
}

public class ClaimSpeakerShapeTests
{
    [Theory]
    [InlineData("In a statement, the ministry said 40 homes had been destroyed.", "the ministry")]
    [InlineData("Sudan's army, which controls the east, said the airport was secure.", "Sudan's army")]
    [InlineData("The ministry's spokesman, Ahmed Ali, said the convoy had been attacked.", "Ahmed Ali")]
    [InlineData("Russia, the main backer of Mr Ahmed Karimov's government, said it wanted calm.", "Russia")]
    [InlineData("A senior Israeli official, speaking on condition of anonymity, said the talks had stalled.", "A senior Israeli official")]
    [InlineData("Taliban spokesman Zabihullah Mujahid wrote on X that the border crossing had reopened.", "Zabihullah Mujahid")]
    [InlineData("The UN humanitarian office (OCHA) said aid trucks were blocked at the crossing.", "The UN humanitarian office (OCHA)")]
    [InlineData("Residents told AFP that the gunmen wore army uniforms.", "Residents")]
    [InlineData("\"The town is surrounded,\" a local commander told reporters.", "a local commander")]
    [InlineData("The bridge was destroyed overnight, said Oleksandr Prokudin, the regional governor.", "Oleksandr Prokudin")]
    public void TheSpeakerIsFoundWhereverTheSentencePutsIt(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(ClaimTestKit.Find(text)).Speaker);

    [Fact]
    public void AStatementAndAnAccusationJoinedByAndShareTheSpeaker()
    {
        var claims = ClaimTestKit.Find("The army said 12 soldiers were killed, and blamed the rebels for the ambush.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("12 soldiers were killed", claims[0].Text);
        Assert.Equal(("The army", "accusation"), (claims[1].Speaker, claims[1].Stance));
    }
}
