namespace NewsEvents.Extraction.Tests.Pipeline;

/// <summary>Articles we wrote in wire style (Pipeline/Articles), run through every stage, with what a careful coder would extract.</summary>
public class WholeArticleTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Fact]
    public void ASudanShellingReportGivesOneEventWithItsTollPlaceAndActors()
    {
        var x = fixture.Extract("sudan_el_fasher.txt", new DateOnly(2025, 6, 12)); // a Thursday

        Assert.Contains(x.Locations, l => l is { Name: "El Fasher", Country: "SD" });
        Assert.Contains(x.Locations, l => l is { Name: "North Darfur", Precision: "admin1" });
        Assert.Contains(x.Actors, a => a.Name == "Rapid Support Forces");
        Assert.Contains(x.Actors, a => a is { Name: "Military Forces of Sudan", Type: "state_forces" });

        var killed = Assert.Single(x.Tolls, t => t.Kind == "killed" && t.Best == 18);
        Assert.Equal("at_least", killed.Qualifier);
        Assert.Equal("civilians", killed.Victims);
        Assert.Contains(killed.Includes, i => i.Best == 6 && i.Victims == "children");
        Assert.Equal("medics", killed.AttributedTo);
        Assert.Contains(x.Tolls, t => t is { Kind: "injured", Best: 40 });
        Assert.Contains(x.Tolls, t => t is { Kind: "displaced", Best: 2000, Qualifier: "more_than" });
        // population, a year and the repeated "eighteen" are not further tolls
        Assert.DoesNotContain(x.Tolls, t => t.Best is 1_500_000 or 2024 || t.Kind == "killed" && t.Best == 18 && t != killed);

        Assert.Contains(x.Claims, c => c.Speaker == "Adam Rojal" && c.Direct);
        Assert.Contains(x.Claims, c => c.SpeakerActor == "Military Forces of Sudan" && c.Stance == "accusation");

        var ev = x.Events[0];
        Assert.Equal("Explosions/Remote violence", ev.Type);
        Assert.Equal("Shelling/artillery/missile attack", ev.SubType);
        Assert.Equal(new DateOnly(2025, 6, 10), ev.Date);
        Assert.Equal("El Fasher", ev.Location?.Name);
        Assert.Equal(18, ev.Fatalities);
    }

    [Fact]
    public void AUkraineMissileReportAttributesItsFiguresAndKeepsWeaponCountsOut()
    {
        var x = fixture.Extract("ukraine_kharkiv.txt", new DateOnly(2025, 3, 14)); // a Friday

        Assert.Contains(x.Locations, l => l is { Name: "Kharkiv", Country: "UA", GeonameId: 706483 });
        Assert.Contains(x.Tolls, t => t is { Kind: "killed", Best: 5, AttributedTo: "Oleh Synehubov" });
        Assert.Contains(x.Tolls, t => t is { Kind: "injured", Best: 31 });
        Assert.DoesNotContain(x.Tolls, t => t.Best is 40 or 6 or 28 or 30 or 2022);

        var peskov = Assert.Single(x.People, p => p.Name.EndsWith("Peskov"));
        Assert.Equal("Dmitry Peskov", peskov.Name);
        Assert.Contains("spokesman", peskov.Role);
        Assert.Contains(x.Claims, c => c.Speaker == "Dmitry Peskov" && c.Stance == "denial");
        Assert.Contains(x.Claims, c => c.Speaker == "Dmitry Peskov" && c.Direct);

        var ev = x.Events[0];
        Assert.Equal("Explosions/Remote violence", ev.Type);
        Assert.Equal(new DateOnly(2025, 3, 14), ev.Date);
        Assert.Equal("Kharkiv", ev.Location?.Name);
        Assert.Equal(5, ev.Fatalities);
        Assert.Contains(ev.Actors, a => a is { Name: "Military Forces of Russia", Role: "actor1" });
    }

    [Fact]
    public void AGazaHtmlPageIsCleanedAndItsActorsAreNotPlaces()
    {
        var x = fixture.Extract("gaza_khan_younis.txt", new DateOnly(2025, 1, 15)); // a Wednesday

        Assert.DoesNotContain("Subscribe", x.CleanText);
        Assert.DoesNotContain("var ad", x.CleanText);
        Assert.DoesNotContain("Sport", x.CleanText);
        Assert.Contains("Khan Younis in the southern Gaza Strip", x.CleanText);

        Assert.Contains(x.Locations, l => l is { Text: "Khan Younis", Country: "PS" });
        Assert.All(x.Locations, l => Assert.Equal("PS", l.Country)); // "Hamas" is not a German town

        var killed = Assert.Single(x.Tolls, t => t.Kind == "killed");
        Assert.Equal(12, killed.Best);
        Assert.Contains(killed.Includes, i => i.Best == 4 && i.Victims == "women");
        Assert.Contains("health ministry", killed.AttributedTo, StringComparison.OrdinalIgnoreCase);

        Assert.Contains(x.Claims, c => c.SpeakerActor == "Hamas" && c.Stance == "denial");
        Assert.Contains(x.Claims, c => c.SpeakerActor == "Military Forces of Israel" && c.Stance == "accusation");

        var ev = x.Events[0];
        Assert.Equal("Air/drone strike", ev.SubType);
        Assert.Equal(new DateOnly(2025, 1, 15), ev.Date);
        Assert.Equal("Khan Younis", ev.Location?.Text);
        Assert.Equal(12, ev.Fatalities);
    }
}
