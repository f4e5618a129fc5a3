using NewsEvents.Extraction.Dates;

namespace NewsEvents.Extraction.Tests.Tolls;

public class TollContextTests
{
    [Fact]
    public void TheSpeakerOfTheClaimHoldingTheFigureIsTheSource()
    {
        const string text = "Clashes in Darfur have killed at least 19 civilians, a UN spokesperson told reporters on Monday.";
        var claim = new ClaimResult("a UN spokesperson", "United Nations", "said", "assertion", false,
            "Clashes in Darfur have killed at least 19 civilians", TollTestKit.SpanOf(text, "Clashes in Darfur have killed at least 19 civilians"));
        var toll = Assert.Single(TollTestKit.Tolls(text, claims: [claim]));
        Assert.Equal("United Nations", toll.AttributedTo);
    }

    [Fact]
    public void WithoutAnActorTheSpeakerAsWrittenIsTheSource()
    {
        const string text = "Gunmen killed 12 villagers in Zamfara, police spokesman Abu Bello said.";
        var claim = new ClaimResult("Abu Bello", null, "said", "assertion", false,
            "Gunmen killed 12 villagers in Zamfara", TollTestKit.SpanOf(text, "Gunmen killed 12 villagers in Zamfara"));
        Assert.Equal("Abu Bello", Assert.Single(TollTestKit.Tolls(text, claims: [claim])).AttributedTo);
    }

    [Theory]
    [InlineData("According to the Kivu Security Tracker, the raids caused dozens of casualties.", "Kivu Security Tracker")]
    [InlineData("At least 19 people were killed in Kramatorsk, according to regional governor Vadym Filashkin.", "regional governor Vadym Filashkin")]
    [InlineData("Gangs killed 70 people in Pont-Sonde on Thursday.", null)]
    public void AccordingToInTheSentenceIsTheSourceWhenNoClaimHoldsIt(string text, string? source) =>
        Assert.Equal(source, Assert.Single(TollTestKit.Tolls(text)).AttributedTo);

    [Fact]
    public void AnActorNamedAfterAccordingToGivesItsCanonicalName()
    {
        const string text = "The raid killed 9 villagers, according to OCHA.";
        var actor = new ActorResult("OCHA", "UN Office for the Coordination of Humanitarian Affairs", "international_org", null, [TollTestKit.SpanOf(text, "OCHA")]);
        Assert.Equal("UN Office for the Coordination of Humanitarian Affairs", Assert.Single(TollTestKit.Tolls(text, actors: [actor])).AttributedTo);
    }

    [Fact]
    public void ASourceInThePreviousSentenceOfTheParagraphCarriesOver()
    {
        const string text = "The monitor counted 40 raids on the district. The raids killed at least 12 people.";
        var claim = new ClaimResult("The monitor", "Airwars", "counted", "assertion", false,
            "40 raids on the district", TollTestKit.SpanOf(text, "40 raids on the district"));
        Assert.Equal("Airwars", Assert.Single(TollTestKit.Tolls(text, claims: [claim])).AttributedTo);
    }

    [Theory]
    [InlineData("The monitor counted 40 raids on the district.\nThe raids killed at least 12 people.")]
    [InlineData("The monitor counted 40 raids on the district. The army said the raids killed at least 12 people.")]
    public void ASourceDoesNotCarryOverAParagraphOrAnotherSpeaker(string text)
    {
        List<ClaimResult> claims = [new("The monitor", null, "counted", "assertion", false, "40 raids on the district", TollTestKit.SpanOf(text, "40 raids on the district"))];
        if (text.Contains("The army said", StringComparison.Ordinal))
            claims.Add(new("The army", null, "said", "assertion", false, "the raids", TollTestKit.SpanOf(text, "the raids")));
        Assert.Null(Assert.Single(TollTestKit.Tolls(text, claims: claims)).AttributedTo);
    }

    [Fact]
    public void ThePeriodInTheSentenceDatesTheToll()
    {
        const string text = "Strikes over the past five days have killed at least 33 civilians.";
        var period = new DateMention(TollTestKit.SpanOf(text, "over the past five days"), new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 14), "period", false);
        var toll = Assert.Single(TollTestKit.Tolls(text, dates: [period]));
        Assert.Equal((new DateOnly(2025, 3, 10), (DateOnly?)new DateOnly(2025, 3, 14)), (toll.Date, toll.DateEnd));
    }

    [Fact]
    public void BackgroundYearsDoNotDateTheToll()
    {
        const string text = "Shelling killed 14 residents of the city, under siege since 2023.";
        var year = new DateMention(TollTestKit.SpanOf(text, "since 2023"), new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), "year", true);
        var toll = Assert.Single(TollTestKit.Tolls(text, dates: [year]));
        Assert.Null(toll.Date);
    }

    [Fact]
    public void AFacilityInTheSentenceIsPreferredAsTheTollsPlace()
    {
        const string text = "In Kharkiv, a missile hit a dormitory at the Kharkiv Polytechnic Institute, killing five people.";
        LocationResult[] places =
        [
            new("Kharkiv", "Kharkiv", "UA", null, 50.0, 36.23, 706483, "city", [TollTestKit.SpanOf(text, "Kharkiv")], "populated_place"),
            new("Kharkiv Polytechnic Institute", "Kharkiv Polytechnic Institute", "UA", null, null, null, null, "facility",
                [TollTestKit.SpanOf(text, "Kharkiv Polytechnic Institute")], "facility", "Kharkiv"),
        ];
        Assert.Equal("Kharkiv Polytechnic Institute", Assert.Single(TollTestKit.Tolls(text, locations: places)).Location);
    }

    [Fact]
    public void APlaceInAnotherSentenceIsNotTheTollsPlace()
    {
        const string text = "Drones struck Odesa. Elsewhere, shelling killed three people.";
        LocationResult[] places = [new("Odesa", "Odesa", "UA", null, 46.48, 30.72, 698740, "city", [TollTestKit.SpanOf(text, "Odesa")], "populated_place")];
        Assert.Null(Assert.Single(TollTestKit.Tolls(text, locations: places)).Location);
    }

    [Fact]
    public void AnActorNamedAsTheVictimsModifierIsTheSide()
    {
        const string text = "Army drones killed 25 RSF fighters near El Fasher.";
        var rsf = new ActorResult("RSF", "Rapid Support Forces", "rebel_group", "SD", [TollTestKit.SpanOf(text, "RSF")]);
        Assert.Equal("Rapid Support Forces", Assert.Single(TollTestKit.Tolls(text, actors: [rsf])).Side);
    }

    [Theory]
    [InlineData("Drones killed at least 14 civilians in Sumy on Sunday. The UN said the attacks had killed at least 14 civilians, including 5 children.", 14, "at_least")]
    [InlineData("Army drones killed 150 of the RSF fighters. State television said more than 150 RSF fighters have been killed.", 150, "more_than")]
    [InlineData("Shelling killed at least 42 civilians. Officials said 42 people were killed.", 42, "at_least")]
    [InlineData("Hundreds have died in the gang war. Hundreds are believed to have died since March.", null, null)]
    public void TheSameFigureRepeatedIsOneToll(string text, int? best, string? qualifier)
    {
        var toll = Assert.Single(TollTestKit.Tolls(text));
        Assert.Equal((best, qualifier), (toll.Best, toll.Qualifier));
        Assert.True(toll.Span.End <= text.IndexOf('.'), "the first mention's span is kept");
    }

    [Fact]
    public void ARepeatFillsWhatTheFirstMentionLacked()
    {
        var toll = Assert.Single(TollTestKit.Tolls("Strikes killed 31 civilians. The UN said 31 civilians were killed, including 6 children."));
        Assert.Equal(6, Assert.Single(toll.Includes).Best);
    }

    [Theory]
    [InlineData("Strikes killed 9 civilians. Another strike killed 9 soldiers.", 2)]
    [InlineData("Strikes killed 12 people. Strikes wounded 12 people.", 2)]
    [InlineData("Strikes killed 12 people. Later, strikes killed 14 people.", 2)]
    public void DifferentFiguresKindsOrVictimsStayApart(string text, int count) => Assert.Equal(count, TollTestKit.Tolls(text).Count);

    [Fact]
    public void AVagueTollKeepsTheWordAndStatesNoFigure()
    {
        var toll = Assert.Single(TollTestKit.Tolls("Dozens were killed in the past 24 hours."));
        Assert.Equal(("dozens", (int?)null, (int?)null, (int?)null), (toll.Vague, toll.Min, toll.Max, toll.Best));
    }
}
