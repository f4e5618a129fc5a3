using static NewsEvents.Extraction.Tests.Claims.ClaimTestKit;

namespace NewsEvents.Extraction.Tests.Claims;

public class ClaimDiscourseTests
{
    [Fact]
    public void HeResolvesToTheLastNamedPerson()
    {
        var claims = Find("Colonel Ihor Marchenko commands the brigade east of the city. \"We are holding the line,\" he said.");
        var claim = Assert.Single(claims);
        Assert.Equal("Ihor Marchenko", claim.Speaker);
        Assert.True(claim.Direct);
    }

    [Fact]
    public void HeSkipsPeopleMentionedInsideAnotherSpeakersWords()
    {
        var claims = Find("Lt Col Omar Haddad, a rebel commander, told reporters the fighters were loyal to President Ali Saleh. "
            + "The operation began after attacks on civilians, he said.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Omar Haddad", c.Speaker));
    }

    [Fact]
    public void ItResolvesToTheLastOrganisationThatSpoke()
    {
        var claims = Find("The Sudanese army said it had retaken the bridge. It added that 30 fighters were captured.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("The Sudanese army", claims[1].Speaker);
        Assert.Equal("30 fighters were captured", claims[1].Text);
    }

    [Fact]
    public void AQuoteParagraphWithoutAVerbKeepsThePreviousSpeaker()
    {
        var claims = Find("\"The shelling did not stop all night,\" said Amina Yusuf, a nurse in the camp.\n\n\"We counted 14 bodies by the morning.\"");
        Assert.Equal(2, claims.Count);
        Assert.Equal("Amina Yusuf", claims[1].Speaker);
        Assert.True(claims[1].Direct);
        Assert.Equal("We counted 14 bodies by the morning", claims[1].Text);
    }

    [Fact]
    public void AQuoteOverTwoSentencesIsOneStatement()
    {
        var claim = Assert.Single(Find("\u201CWe are exhausted. There is no water left,\u201D said Fatima Hassan, 52."));
        Assert.Equal("Fatima Hassan", claim.Speaker);
        Assert.Equal("We are exhausted. There is no water left", claim.Text);
    }

    [Fact]
    public void APersonSpeakerBelongsToTheActorOfTheirRole()
    {
        const string text = "Kremlin spokesman Dmitri Peskov said the strikes would continue.";
        var claim = Assert.Single(Find(text));
        Assert.Equal("Dmitry Peskov", claim.Speaker);
        Assert.Equal("Kremlin", claim.SpeakerActor);
    }

    [Fact]
    public void AnActorSpeakerKeepsItsWordsAndGetsItsCanonicalName()
    {
        const string text = "The RSF denied attacking the camp near El Fasher.";
        var claim = Assert.Single(Find(text, Actor(text, "RSF", "Rapid Support Forces", "rebel_group")));
        Assert.Equal("The RSF", claim.Speaker);
        Assert.Equal("Rapid Support Forces", claim.SpeakerActor);
        Assert.Equal("denial", claim.Stance);
    }

    [Fact]
    public void ThePronounTheyFallsBackToTheLastActorNamed()
    {
        const string text = "Myanmar's military bombed the village. They said the resistance had used it as a base.";
        var claim = Assert.Single(Find(text, Actor(text, "Myanmar's military", "Military of Myanmar")));
        Assert.Equal("Military of Myanmar", claim.SpeakerActor);
    }
}

public class ClaimTrailerTests
{
    [Theory]
    [InlineData("Two drones were shot down over Odesa, the army said on its Telegram channel.", "Two drones were shot down over Odesa")]
    [InlineData("Seven people were wounded, police said on 12 March.", "Seven people were wounded")]
    [InlineData("The convoy was hit twice, the agency said late on Friday.", "The convoy was hit twice")]
    public void WhenAndWhereAStatementWasMadeIsNotItsContent(string text, string content) =>
        Assert.Equal(content, Assert.Single(ClaimTestKit.Find(text)).Text);

    [Fact]
    public void APersonsOfficeSpeaksForTheOfficeNotThePerson()
    {
        var claim = Assert.Single(ClaimTestKit.Find("President Volodymyr Zelensky met troops. Zelensky's office said the visit lasted two hours."));
        Assert.Equal("Zelensky's office", claim.Speaker);
        Assert.Equal("Ukraine", claim.SpeakerActor);
    }
}

public class ClaimAttributionShapeTests
{
    [Fact]
    public void AnAppositiveAfterAccordingToIsNotTheContent()
    {
        var claim = Assert.Single(ClaimTestKit.Find("According to Corneille Nangaa, the leader of the rebel alliance, the group plans to march on Goma."));
        Assert.Equal(("Corneille Nangaa", "the group plans to march on Goma"), (claim.Speaker, claim.Text));
    }

    [Fact]
    public void WhereAStatementWasPostedIsNotItsContent()
    {
        var claim = Assert.Single(ClaimTestKit.Find("The Arakan Army said in a statement posted on Telegram that it had captured the base."));
        Assert.Equal("it had captured the base", claim.Text);
    }

    [Fact]
    public void ANamedSpokespersonAfterTheirRoleIsTheSpeaker()
    {
        var claim = Assert.Single(ClaimTestKit.Find("A spokesperson for the group, Khaing Thukha, told The Associated Press that 14 soldiers had surrendered."));
        Assert.Equal(("Khaing Thukha", "14 soldiers had surrendered"), (claim.Speaker, claim.Text));
    }
}

public class SplitQuoteTests
{
    [Theory]
    [InlineData("\"We will hold the city,\" he said, \"whatever it costs.\"")]
    [InlineData("\"We will hold the city,\" said Colonel Petro Shevchuk, \"whatever it costs.\"")]
    public void AQuotationResumedAfterTheAttributionKeepsItsSpeaker(string text)
    {
        var claims = ClaimTestKit.Find(text);
        Assert.Equal(2, claims.Count);
        Assert.Equal(claims[0].Speaker, claims[1].Speaker);
        Assert.Equal("whatever it costs", claims[1].Text);
        Assert.True(claims[1].Direct);
    }
}

public class QuoteAfterColonTests
{
    [Fact]
    public void AQuoteOpenedAfterAColonRunsToItsEndAcrossSentences()
    {
        var claim = Assert.Single(ClaimTestKit.Find("Aid official Maria Ortega said: \u201CWe are alarmed. Civilians must be protected.\u201D"));
        Assert.Equal("Maria Ortega", claim.Speaker);
        Assert.Equal("We are alarmed. Civilians must be protected", claim.Text);
        Assert.True(claim.Direct);
    }
}

public class RelativeClauseTests
{
    [Fact]
    public void ASpeakerInsideARelativeClauseIsTheClauseSubject()
    {
        var claim = Assert.Single(ClaimTestKit.Find("The strike, which the army said killed 12 militants, hit a school."));
        Assert.Equal("the army", claim.Speaker);
        Assert.Equal("killed 12 militants", claim.Text);
    }
}

public class CoordinatedVerbTests
{
    [Theory]
    [InlineData("In a statement, the group called the strike a massacre and blamed the United States for it.", "the group", "the United States for it")]
    [InlineData("In a statement, the group called the strike \"a massacre\" and blamed the United States for it.", "the group", "the United States for it")]
    [InlineData("Israeli troops raided the camp overnight and said they arrested 15 suspects.", "Israeli troops", "they arrested 15 suspects")]
    public void AReportingVerbAfterAnotherVerbTakesTheClauseSubject(string text, string speaker, string content)
    {
        var claim = Assert.Single(ClaimTestKit.Find(text));
        Assert.Equal((speaker, content), (claim.Speaker, claim.Text));
    }
}

public class AsideTests
{
    [Fact]
    public void AnAsideBetweenTheVerbAndThatIsNotTheContent()
    {
        var claim = Assert.Single(ClaimTestKit.Find("The army said, without providing evidence, that 30 rebels died in the raid."));
        Assert.Equal("30 rebels died in the raid", claim.Text);
    }
}
