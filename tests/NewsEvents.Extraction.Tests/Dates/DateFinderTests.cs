using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Dates;

/// <summary>Published 2024-03-15, a Friday, unless a test says otherwise.</summary>
public class DateFinderTests
{
    private static readonly DateOnly Friday = new(2024, 3, 15);

    private static IReadOnlyList<DateMention> Find(string sentence, DateOnly? published) =>
        DateFinder.Find(TextAnalyzer.Analyze(sentence), published);

    private static string Show(string text, DateMention m) =>
        $"{m.Span.Of(text)}={m.Start:yyyy-MM-dd}" + (m.End != m.Start ? $"..{m.End:yyyy-MM-dd}" : "") + $" {m.Precision}" + (m.Background ? " bg" : "");

    private static string Describe(string sentence, DateOnly? published) =>
        string.Join(" | ", Find(sentence, published).Select(m => Show(sentence, m)));

    [Theory]
    [InlineData("Drones hit the depot on Friday.", "Friday=2024-03-15 day")]
    [InlineData("Drones hit the depot on Thursday.", "Thursday=2024-03-14 day")]
    [InlineData("Drones hit the depot on Saturday.", "Saturday=2024-03-09 day")]
    [InlineData("Shelling resumed early Thursday.", "early Thursday=2024-03-14 day")]
    [InlineData("Clashes broke out Wednesday afternoon.", "Wednesday afternoon=2024-03-13 day")]
    [InlineData("The strike on Tuesday night killed four.", "Tuesday night=2024-03-12 day")]
    [InlineData("Police raided the camp last Tuesday.", "last Tuesday=2024-03-12 day")]
    [InlineData("Police raided the camp last Friday.", "last Friday=2024-03-08 day")]
    [InlineData("Monday's attack was the worst.", "Monday's=2024-03-11 day")]
    [InlineData("Talks will resume on Monday.", "Monday=2024-03-18 day")]
    [InlineData("The envoy arrives next Friday.", "next Friday=2024-03-22 day")]
    public void WeekdaysResolveToTheLatestSuchDayNotAfterPublication(string sentence, string expected) =>
        Assert.Equal(expected, Describe(sentence, Friday));

    [Theory]
    [InlineData("Troops withdrew yesterday.", "yesterday=2024-03-14 day")]
    [InlineData("The mayor spoke today.", "today=2024-03-15 day")]
    [InlineData("Missiles hit the city overnight.", "overnight=2024-03-15 day")]
    [InlineData("Missiles hit the city last night.", "last night=2024-03-14 day")]
    [InlineData("Gunmen struck overnight into Saturday.", "Saturday=2024-03-09 day")]
    [InlineData("The convoy left two days ago.", "two days ago=2024-03-13 day")]
    [InlineData("The war began 11 months ago.", "11 months ago=2023-04-01..2023-04-30 month")]
    [InlineData("Gunmen attacked on Sunday March 10.", "Sunday March 10=2024-03-10 day")]
    [InlineData("The raid happened on Friday, Nov. 29, 2023.", "Friday, Nov. 29, 2023=2023-11-29 day")]
    [InlineData("Late on Thursday, the army withdrew.", "Late on Thursday=2024-03-14 day")]
    [InlineData("The summit is scheduled to take place on Monday.", "Monday=2024-03-18 day")]
    [InlineData("Flights were cancelled due to shelling on Wednesday.", "Wednesday=2024-03-13 day")]
    [InlineData("He said rebels will not stop, after Monday's attack.", "Monday's=2024-03-11 day")]
    public void DaysNamedRelativeToPublication(string sentence, string expected) =>
        Assert.Equal(expected, Describe(sentence, Friday));

    [Theory]
    [InlineData("The town fell on 12 March.", "12 March=2024-03-12 day")]
    [InlineData("The town fell on March 12.", "March 12=2024-03-12 day")]
    [InlineData("The town fell on Mar. 12.", "Mar. 12=2024-03-12 day")]
    [InlineData("The town fell on the 12th of March.", "the 12th of March=2024-03-12 day")]
    [InlineData("The town fell on Dec 29, 2023.", "Dec 29, 2023=2023-12-29 day")]
    [InlineData("The town fell on 29 December.", "29 December=2023-12-29 day")]
    [InlineData("A vote is set for March 19.", "March 19=2024-03-19 day")]
    [InlineData("The report is dated 2024-03-11.", "2024-03-11=2024-03-11 day")]
    [InlineData("The report is dated 29/02/2024.", "29/02/2024=2024-02-29 day")]
    [InlineData("The report is dated 02/29/2024.", "02/29/2024=2024-02-29 day")]
    [InlineData("The report is dated 3/4/2024.", "3/4/2024=2024-03-04 day")]
    [InlineData("Fighting intensified in February.", "February=2024-02-01..2024-02-29 month")]
    [InlineData("Fighting intensified in mid-January.", "mid-January=2024-01-01..2024-01-31 month")]
    [InlineData("Fighting intensified in November 2023.", "November 2023=2023-11-01..2023-11-30 month")]
    public void ExplicitDatesTakeTheirYearFromPublication(string sentence, string expected) =>
        Assert.Equal(expected, Describe(sentence, Friday));

    [Theory]
    [InlineData("Fighting over the last three days killed 40.", "over the last three days=2024-03-13..2024-03-15 period")]
    [InlineData("Attacks over the past 3 days killed 40.", "over the past 3 days=2024-03-13..2024-03-15 period")]
    [InlineData("In the past 24 hours, 12 died.", "In the past 24 hours=2024-03-14..2024-03-15 period")]
    [InlineData("Hundreds have died since Wednesday.", "since Wednesday=2024-03-13..2024-03-15 period")]
    [InlineData("Hundreds have died since 10 March.", "since 10 March=2024-03-10..2024-03-15 period")]
    [InlineData("Raids intensified this week.", "this week=2024-03-11..2024-03-15 week")]
    [InlineData("Raids intensified last week.", "last week=2024-03-04..2024-03-10 week")]
    [InlineData("Raids intensified last month.", "last month=2024-02-01..2024-02-29 month")]
    [InlineData("Raids intensified in recent days.", "in recent days=2024-03-09..2024-03-15 period")]
    [InlineData("Raids intensified over the weekend.", "over the weekend=2024-03-09..2024-03-10 period")]
    [InlineData("Talks were held on 11-12 March.", "11-12 March=2024-03-11..2024-03-12 period")]
    [InlineData("Talks were held on March 11-12.", "March 11-12=2024-03-11..2024-03-12 period")]
    [InlineData("Curfews were imposed from March 3 to March 5.", "March 3 to March 5=2024-03-03..2024-03-05 period")]
    [InlineData("Between Monday and Wednesday, 30 died.", "Monday and Wednesday=2024-03-11..2024-03-13 period")]
    [InlineData("Rebels struck on Monday and the army on Wednesday.", "Monday=2024-03-11 day | Wednesday=2024-03-13 day")]
    public void PeriodsEndAtPublication(string sentence, string expected) =>
        Assert.Equal(expected, Describe(sentence, Friday));

    [Theory]
    [InlineData("It was the first attack on the city since 2016.", "since 2016=2016-01-01..2016-12-31 year bg")]
    [InlineData("The war began in 2011.", "in 2011=2011-01-01..2011-12-31 year bg")]
    [InlineData("They broke the 2019 ceasefire.", "2019=2019-01-01..2019-12-31 year bg")]
    [InlineData("Violence had eased by 2020.", "by 2020=2020-01-01..2020-12-31 year bg")]
    [InlineData("It is the worst fighting of the 13-year civil war.", "13-year=2011-03-15..2024-03-15 year bg")]
    [InlineData("Prices rose this year.", "this year=2024-01-01..2024-03-15 year bg")]
    public void BackgroundYearsAreNeverEventDates(string sentence, string expected) =>
        Assert.Equal(expected, Describe(sentence, Friday));

    [Theory]
    [InlineData("Children as young as eight years old were among the dead.")]
    [InlineData("A 12-year-old boy was wounded.")]
    [InlineData("Rebels seized 45 towns and villages.")]
    [InlineData("At least 2000 people fled.")]
    [InlineData("Officials said 1999 homes were destroyed.")]
    [InlineData("The May offensive may resume.")]
    [InlineData("Warplanes carried out 23 airstrikes.")]
    [InlineData("The strike killed 2,016 people.")]
    [InlineData("A 14-year-old girl and an 80-year-old man died.")]
    [InlineData("March marks the anniversary of the uprising.")]
    [InlineData("Nearly 70 locations are under rebel control.")]
    public void NumbersThatAreNotDatesAreLeftAlone(string sentence) =>
        Assert.Empty(Find(sentence, Friday));

    [Theory]
    [InlineData("Drones hit the depot on Friday and 3 March.", "")]
    [InlineData("The town fell on 12 March 2024 after a siege since 2016.", "12 March 2024=2024-03-12 day | since 2016=2016-01-01..2016-12-31 year bg")]
    [InlineData("The report is dated 2024-03-11.", "2024-03-11=2024-03-11 day")]
    public void WithoutAPublicationDateOnlyAbsoluteDatesResolve(string sentence, string expected) =>
        Assert.Equal(expected, Describe(sentence, null));

    [Fact]
    public void AWeekdayInASaturdayPaperIsTheDayBeforeAndEarlySaturdayIsThatDay()
    {
        var saturday = new DateOnly(2024, 3, 16);
        Assert.Equal("Friday afternoon=2024-03-15 day | early Saturday=2024-03-16 day",
            Describe("Fighters said on Friday afternoon that by early Saturday the town was theirs.", saturday));
    }

    [Fact]
    public void AYearlessDateInEarlyJanuaryBelongsToTheYearBefore()
    {
        Assert.Equal("December 30=2023-12-30 day", Describe("Shelling began on December 30.", new DateOnly(2024, 1, 2)));
    }
}
