using NewsEvents.Extraction.Events;

namespace NewsEvents.Extraction.Tests.Events;

public class EventBuilderTests
{
    private static readonly EventBuilder Builder = EventBuilder.LoadDefault();
    private static readonly DateOnly Friday = new(2025, 3, 14);

    [Theory]
    [InlineData("Russian drones struck an apartment block in Kharkiv on Friday.", "Explosions/Remote violence", "Air/drone strike")]
    [InlineData("Paramilitary fighters clashed with the army in Kharkiv on Friday.", "Battles", "Armed clash")]
    [InlineData("A car bomb exploded outside a market in Kharkiv on Friday.", "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData("Artillery shelling hit Kharkiv on Friday.", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData("Gunmen abducted 20 students in Kharkiv on Friday.", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("Thousands of people protested in Kharkiv on Friday against the curfew.", "Protests", "Peaceful protest")]
    [InlineData("A suicide bomber blew himself up at a checkpoint in Kharkiv on Friday.", "Explosions/Remote violence", "Suicide bomb")]
    [InlineData("Police arrested 15 activists in Kharkiv on Friday.", "Strategic developments", "Arrests")]
    public void TriggersGiveTheAcledTypeAndSubType(string sentence, string type, string subType)
    {
        var facts = new FactsBuilder(sentence, Friday).Place("Kharkiv", "UA", "city").Date("on Friday", Friday).Build();
        var ev = Assert.Single(Builder.Build(facts));
        Assert.Equal(type, ev.Type);
        Assert.Equal(subType, ev.SubType);
        Assert.Equal(Friday, ev.Date);
        Assert.Equal("day", ev.DatePrecision);
        Assert.Equal("Kharkiv", ev.Location?.Name);
    }

    [Fact]
    public void SentencesAboutPastYearsAreNotEvents()
    {
        var text = "The town was last attacked in 2016, when rebels seized it after a long siege.";
        var facts = new FactsBuilder(text, Friday).Place("town", "SY", "town").Date("2016", new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31), background: true).Build();
        Assert.Empty(Builder.Build(facts));
    }

    [Theory]
    [InlineData("The army vowed to repel the attack on Kharkiv.")]
    [InlineData("Officials said the militia could attack Kharkiv.")]
    [InlineData("The government did not attack Kharkiv, a spokesman said.")]
    public void HypotheticalAndNegatedEventsAreNotEvents(string sentence)
    {
        var facts = new FactsBuilder(sentence, Friday).Place("Kharkiv", "UA", "city").Build();
        Assert.Empty(Builder.Build(facts));
    }

    [Fact]
    public void SentencesAboutOneIncidentMergeIntoOneEvent()
    {
        var text = "Rebels clashed with soldiers in Goma on Friday. The clashes killed 12 soldiers. Fighting continued in Goma into the night.";
        var facts = new FactsBuilder(text, Friday).Place("Goma", "CD", "city").Date("on Friday", Friday)
            .Actor("Rebels", "M23", "rebel_group").Actor("soldiers", "Military Forces of DR Congo", "state_forces")
            .Toll("killed 12 soldiers", "killed", 12, victims: "soldiers").Build();
        var ev = Assert.Single(Builder.Build(facts));
        Assert.Equal(12, ev.Fatalities);
        Assert.Contains(ev.Actors, a => a is { Name: "M23", Role: "actor1" });
        Assert.Contains(ev.Actors, a => a is { Name: "Military Forces of DR Congo", Role: "actor2" });
        Assert.StartsWith("Rebels clashed", ev.Summary);
    }

    [Fact]
    public void IncidentsInDifferentPlacesStaySeparate()
    {
        var text = "Drones struck Odesa on Friday. Separately, troops clashed near Pokrovsk on Friday.";
        var facts = new FactsBuilder(text, Friday).Place("Odesa", "UA", "city").Place("Pokrovsk", "UA", "town")
            .Date("on Friday", Friday).Build();
        var events = Builder.Build(facts);
        Assert.Equal(2, events.Count);
        Assert.Equal(["Odesa", "Pokrovsk"], events.Select(e => e.Location!.Name));
    }

    [Fact]
    public void FatalitiesAreTheLowestCredibleFigureNotAnAverage()
    {
        var text = "An airstrike hit a market in Sanaa on Friday, killing 20 people, medics said. Rebel media said the strike killed 35 people.";
        var facts = new FactsBuilder(text, Friday).Place("Sanaa", "YE", "city").Date("on Friday", Friday)
            .Toll("killing 20 people", "killed", 20).Toll("killed 35 people", "killed", 35).Build();
        var ev = Assert.Single(Builder.Build(facts));
        Assert.Equal(20, ev.Fatalities);
        Assert.Equal(2, ev.Tolls.Count);
    }

    [Fact]
    public void AVagueTollCountsAsAcledCodesIt()
    {
        var text = "Shelling killed hundreds in Khartoum.";
        var facts = new FactsBuilder(text, Friday).Place("Khartoum", "SD", "city").Toll("killed hundreds", "killed", null, vague: "hundreds").Build();
        Assert.Equal(100, Assert.Single(Builder.Build(facts)).Fatalities);
    }

    [Fact]
    public void WithoutADateInTheTextTheEventTakesThePublicationDateAsAnEstimate()
    {
        var facts = new FactsBuilder("Heavy shelling hit Donetsk.", Friday).Place("Donetsk", "UA", "city").Build();
        var ev = Assert.Single(Builder.Build(facts));
        Assert.Equal(Friday, ev.Date);
        Assert.Equal("estimated", ev.DatePrecision);
    }

    [Fact]
    public void StateForcesTakingGroundBackIsGovernmentRegainsTerritory()
    {
        var text = "Government forces captured the village of Tal Rifaat on Friday.";
        var facts = new FactsBuilder(text, Friday).Place("Tal Rifaat", "SY", "village").Date("on Friday", Friday)
            .Actor("Government forces", "Military Forces of Syria", "state_forces").Build();
        Assert.Equal("Government regains territory", Assert.Single(Builder.Build(facts)).SubType);
    }

    [Fact]
    public void ATollWithoutATriggerJoinsTheEventBeforeIt()
    {
        var text = "A missile strike hit Dnipro on Friday. The death toll rose to 9 people, officials said.";
        var facts = new FactsBuilder(text, Friday).Place("Dnipro", "UA", "city").Date("on Friday", Friday)
            .Toll("death toll rose to 9 people", "killed", 9).Build();
        Assert.Equal(9, Assert.Single(Builder.Build(facts)).Fatalities);
    }

    [Theory]
    [InlineData("Shelling hit Tyre on Monday, testing the fragile ceasefire.", 1)]
    [InlineData("A ceasefire took effect in Tyre on Monday.", 1)]
    public void ACeasefireMentionedInPassingIsNotAnAgreementEvent(string sentence, int events)
    {
        var monday = new DateOnly(2025, 3, 10);
        var facts = new FactsBuilder(sentence, Friday).Place("Tyre", "LB", "city").Date("on Monday", monday).Build();
        var built = Builder.Build(facts);
        Assert.Equal(events, built.Count);
        Assert.Equal(sentence.Contains("took effect") ? "Strategic developments" : "Explosions/Remote violence", built[0].Type);
    }

    [Fact]
    public void AnEventDatedMonthsBeforePublicationIsBackground()
    {
        var text = "Rebels captured Goma on January 27, before the talks.";
        var facts = new FactsBuilder(text, Friday).Place("Goma", "CD", "city").Date("on January 27", new DateOnly(2025, 1, 27)).Build();
        Assert.Empty(Builder.Build(facts));
    }

    [Theory]
    [InlineData("Gunmen seized 20 assault rifles in Culiacan on Friday.", 0)]
    [InlineData("Gunmen seized two hilltops near Culiacan on Friday.", 1)]
    [InlineData("Gunmen seized three hamlets near Culiacan on Friday.", 1)] // ground by WordNet: a settlement
    [InlineData("Gunmen seized the mountain pass near Culiacan on Friday.", 1)] // a natural feature
    [InlineData("Gunmen seized 12 trucks near Culiacan on Friday.", 0)]
    [InlineData("Gunmen seized a bank near Culiacan on Friday.", 0)] // sloping land, but a financial institution too
    public void SeizingWeaponsIsNotTakingTerritory(string sentence, int events)
    {
        var facts = new FactsBuilder(sentence, Friday).Place("Culiacan", "MX", "city").Date("on Friday", Friday).Build();
        Assert.Equal(events, Builder.Build(facts).Count(e => e.Type == "Battles"));
    }

    [Fact]
    public void TheSpeakerOfAClaimIsNotAPartyToTheEvent()
    {
        var text = "Government forces said rebel fighters had seized two hilltops in Marib on Friday.";
        var facts = new FactsBuilder(text, Friday).Place("Marib", "YE", "city").Date("on Friday", Friday)
            .Actor("Government forces", "Military Forces of Yemen", "state_forces").Actor("rebel fighters", "Houthis", "rebel_group")
            .Claim("rebel fighters had seized two hilltops in Marib on Friday", "Government forces", "assertion", speaker: "Government forces").Build();
        var ev = Assert.Single(Builder.Build(facts));
        Assert.Equal("Non-state actor overtakes territory", ev.SubType);
        Assert.DoesNotContain(ev.Actors, a => a.Name == "Military Forces of Yemen");
    }

    [Fact]
    public void ARunningTotalDoesNotJoinTheEventBeforeIt()
    {
        var text = "A drone strike hit Sumy on Friday. Since the war began, more than 500 people have been killed in the region.";
        var facts = new FactsBuilder(text, Friday).Place("Sumy", "UA", "city").Date("on Friday", Friday)
            .Toll("more than 500 people have been killed", "killed", 500).Build();
        Assert.Equal(0, Assert.Single(Builder.Build(facts)).Fatalities);
    }

    [Theory]
    [InlineData("At least 12 civilians were killed on Friday when shells hit a market in Omdurman.", "killed on Friday", "civilians", "Explosions/Remote violence")]
    [InlineData("Nine soldiers were killed in Omdurman on Friday, the army said.", "Nine soldiers were killed", "soldiers", "Battles")]
    [InlineData("Twelve villagers were killed in Omdurman on Friday.", "Twelve villagers were killed", "villagers", "Violence against civilians")]
    // victims whose head WordNet gives a civilian role, with no word list naming them
    [InlineData("Twelve herders were killed in Omdurman on Friday.", "Twelve herders were killed", "herders", "Violence against civilians")]
    [InlineData("Nine village elders were killed in Omdurman on Friday.", "Nine village elders were killed", "village elders", "Violence against civilians")]
    [InlineData("Nine Sudanese civilians were killed in Omdurman on Friday.", "Nine Sudanese civilians were killed", "Sudanese civilians", "Violence against civilians")]
    // armed, a plain member, or two groups: no attack on civilians by the victims alone
    [InlineData("Nine militiamen were killed in Omdurman on Friday.", "Nine militiamen were killed", "militiamen", "Battles")]
    [InlineData("Nine RSF members were killed in Omdurman on Friday.", "Nine RSF members were killed", "RSF members", "Battles")]
    [InlineData("Nine soldiers and farmers were killed in Omdurman on Friday.", "Nine soldiers and farmers were killed", "soldiers and farmers", "Battles")]
    public void ADeathTollIsAnEventEvenWithoutATriggerWord(string sentence, string toll, string victims, string type)
    {
        var facts = new FactsBuilder(sentence, Friday).Place("Omdurman", "SD", "city").Date("on Friday", Friday)
            .Toll(toll, "killed", 9, victims: victims).Build();
        var ev = Assert.Single(Builder.Build(facts));
        Assert.Equal(type, ev.Type);
        Assert.Equal(9, ev.Fatalities);
    }

    [Fact]
    public void ARunningTotalIsNotAnEvent()
    {
        var text = "More than 500 people have been killed in Sumy since the war began.";
        var facts = new FactsBuilder(text, Friday).Place("Sumy", "UA", "city").Toll("More than 500 people have been killed", "killed", 500, victims: "people").Build();
        Assert.Empty(Builder.Build(facts));
    }

    [Fact]
    public void SoFarBeforeAnAdjectiveIsNoRunningTotal()
    {
        Assert.Single(EventTestKit.Extract("On Friday, a trade unionist was killed near Sumy in so far unexplained circumstances.").Events);
        Assert.Empty(EventTestKit.Extract("Nine residents of Sumy have died so far this year.").Events);
    }

    [Fact]
    public void ATotalOfIsOnlyAWayOfGivingTheFigure()
    {
        Assert.Equal(9, EventTestKit.Extract("On Friday, a total of nine bodies were pulled from a canal near Sumy, police said.").Events.Sum(e => e.Fatalities));
        Assert.Empty(EventTestKit.Extract("A total of 80 residents of Sumy have been killed since the spring.").Events);
    }
}
