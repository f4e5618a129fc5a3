namespace NewsEvents.Extraction.Tests.Tolls;

/// <summary>Numbers near harm words that are not tolls: a toll needs a harm bound to the counted noun.</summary>
public class NotATollTests
{
    [Theory]
    [InlineData("Medics said some of the wounded were as young as six years old.")]
    [InlineData("A 15-year-old boy was among those hurt in the shelling.")]
    [InlineData("A soldier said the town had been shelled for days.")]
    [InlineData("The victims, aged 12 and 14, were taken to hospital.")]
    [InlineData("Mortar fire has hit homes, wounding residents including girls as young as nine years old.")]
    public void AgesAreNotCasualtyCounts(string sentence) => Assert.Empty(TollTestKit.Tolls(sentence));

    // the woman is one (a shooting told with no wound is a killing); her age is no count
    [Fact]
    public void AnAgeAfterTheVictimIsNoCount() =>
        Assert.Equal([1], TollTestKit.Tolls("Soldiers shot a woman, 34, at the checkpoint.").Select(t => t.Best));

    [Theory]
    [InlineData("Crowds gathered in Opit on Sunday for the anniversary of the death of a beloved poet.")]
    [InlineData("Thousands of pilgrims marked the anniversary of the killing of two brothers in the old city.")]
    public void ADeathRememberedIsNoToll(string sentence) => Assert.DoesNotContain(TollTestKit.Tolls(sentence), t => t.Kind == "killed");

    [Fact]
    public void AnAgeBoundOnTheGroupIsNotTheCount() =>
        Assert.DoesNotContain(TollTestKit.Tolls("Many children under 18 were killed in the strikes."), t => t.Best == 18 || t.Max == 18);

    [Theory]
    [InlineData("The port had not been shelled since 2014, when thousands were killed.", 2014)]
    [InlineData("The war that began in 2011 has killed many.", 2011)]
    [InlineData("Rebels accused the army of violating the 2019 ceasefire.", 2019)]
    [InlineData("In 2020 government forces retook the town.", 2020)]
    [InlineData("The 2016 battle killed thousands.", 2016)]
    public void YearsAreNotCasualtyCounts(string sentence, int year) =>
        Assert.DoesNotContain(TollTestKit.Tolls(sentence), t => t.Best == year || t.Min == year);

    [Theory]
    [InlineData("Shelling during the past four days has wounded civilians in Kherson.")]
    [InlineData("The siege has lasted 70 days and killed many.")]
    [InlineData("The worst fighting of the 13-year civil war killed many.")]
    [InlineData("The two-month war displaced many.")]
    [InlineData("Three days of shelling have killed residents.")]
    public void DurationsAreNotCasualtyCounts(string sentence) => Assert.DoesNotContain(TollTestKit.Tolls(sentence), t => t.Best is not null);

    [Theory]
    [InlineData("Thousands of militiamen pushed on toward the provincial capital.")]
    [InlineData("Some 10,000 troops massed on the border before the killing began.")]
    [InlineData("Hundreds of fighters attacked the base, the army said.")]
    [InlineData("The offensive, launched by 5,000 fighters, was the largest in years.")]
    [InlineData("The militia has around 10,000 members, most of them teenagers.")]
    [InlineData("About 1,000 soldiers were deployed to the region.")]
    [InlineData("Some 200 soldiers fled across the border as the rebels advanced.")]
    public void ForceSizesAreNotCasualtyCounts(string sentence) => Assert.Empty(TollTestKit.Tolls(sentence));

    [Theory]
    [InlineData("Militants set off two truck bombs outside the barracks in Mogadishu.")]
    [InlineData("The guerrillas downed an army transport plane and killed its crew.")]
    [InlineData("Militants shot down a drone near the airfield.")]
    [InlineData("Air defences shot down 40 drones overnight.")]
    [InlineData("Forty drones were shot down and two were destroyed.")]
    [InlineData("Ten tanks were destroyed in the assault.")]
    public void WeaponsAreNotCasualtyCounts(string sentence) => Assert.Empty(TollTestKit.Tolls(sentence));

    [Theory]
    [InlineData("The rebels captured 31 towns and villages in North Kivu.")]
    [InlineData("The junta now controls approximately 40 townships in the two states.")]
    [InlineData("Rebels have seized over 50 towns since the assault began.")]
    [InlineData("The army said it had captured 12 positions and killed fighters.")]
    public void TerritoryIsNotACasualtyCount(string sentence) => Assert.Empty(TollTestKit.Tolls(sentence));

    [Theory]
    [InlineData("Jets conducted 31 airstrikes on Sagaing on Tuesday.")]
    [InlineData("Dozens of shells hit the market.")]
    [InlineData("The army fired 300 rockets in a single day.")]
    [InlineData("Russia fired 120 missiles and 90 drones at the energy grid overnight.")]
    [InlineData("Officials counted 400 strikes on the city in one week.")]
    public void CountsOfStrikesAreNotCasualtyCounts(string sentence) => Assert.Empty(TollTestKit.Tolls(sentence));

    [Theory]
    [InlineData("The province, home to 5.8 million people, has seen repeated waves of displacement.")]
    [InlineData("The camp shelters 40,000 people who fled the fighting.")]
    [InlineData("The city of 1.5 million people was bombarded.")]
    [InlineData("About 90 percent of Gaza's 2.1 million people have been displaced.")]
    [InlineData("Half of the 40,000 residents have fled.")]
    public void PopulationsAreNotCasualtyCounts(string sentence) => Assert.Empty(TollTestKit.Tolls(sentence));

    [Theory]
    [InlineData("The UN appealed for $50 million to help people displaced by fighting.")]
    [InlineData("About 60 percent of those killed were women.")]
    [InlineData("Prices rose 40% after the killings.")]
    [InlineData("The strike hit 5 km from the front, killing nobody.")]
    [InlineData("The 3rd brigade lost ground on the 12th day.")]
    [InlineData("The attack began at 5:30 a.m. and killed residents.")]
    [InlineData("Page 12 of the report lists the dead.")]
    public void MoneyPercentagesDistancesOrdinalsAndTimesAreNotCasualtyCounts(string sentence) =>
        Assert.Empty(TollTestKit.Tolls(sentence));

    [Theory]
    [InlineData("Two of the wounded later died in hospital.")]
    [InlineData("One of the dead was a journalist.")]
    public void PeoplePickedOutOfAnEarlierTollAreNotANewToll(string sentence) => Assert.Empty(TollTestKit.Tolls(sentence));

    [Fact]
    public void AnIncludedSubGroupIsNotASecondToll()
    {
        var toll = Assert.Single(TollTestKit.Tolls("Rockets struck a dormitory in Kharkiv, killing five people, including three students."));
        Assert.Equal(5, toll.Best);
    }
}
