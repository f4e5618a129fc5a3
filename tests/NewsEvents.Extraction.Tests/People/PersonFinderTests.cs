using NewsEvents.Extraction.People;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.People;

public class PersonFinderTests
{
    private static readonly PersonFinder Finder = PersonFinder.LoadDefault();

    private static IReadOnlyList<PersonResult> Find(string text, IReadOnlyList<ActorResult>? actors = null, IReadOnlyList<LocationResult>? places = null) =>
        Finder.Find(TextAnalyzer.Analyze(text), actors ?? [], places ?? []);

    [Theory]
    [InlineData("Kremlin spokesman Dmitri Peskov said the talks were over.", "Dmitry Peskov", "Kremlin spokesman", "Kremlin")]
    [InlineData("Iranian Foreign Minister Abbas Araghchi blamed Washington.", "Abbas Araghchi", "Iranian Foreign Minister", "Iran")]
    [InlineData("Lt Col Omar Haddad, another Free Army commander, told reporters the town had fallen.", "Omar Haddad", "Free Army commander", "Free Army")]
    [InlineData("Samir Daoud, a fighter within the ranks of the Popular Defence Brigade, said they advanced.", "Samir Daoud", "fighter within the ranks of the Popular Defence Brigade", "Popular Defence Brigade")]
    [InlineData("Amina Yusuf, 34, a teacher, said the gunmen came at night.", "Amina Yusuf", "teacher", null)]
    [InlineData("Maria Lopez, the last U.S. ambassador to Honduras, said the army was divided.", "Maria Lopez", "last U.S. ambassador to Honduras", "United States")]
    [InlineData("Turkish Foreign Ministry spokesman Oncu Keceli said Ankara was watching.", "Oncu Keceli", "Turkish Foreign Ministry spokesman", "Turkish Foreign Ministry")]
    [InlineData("Gen. Ahmed Musa said the town fell.", "Ahmed Musa", "Gen.", null)]
    [InlineData("Tomas Ruiz, an expert on Mexican cartels, said the killings were a message.", "Tomas Ruiz", "expert on Mexican cartels", null)]
    public void TitlesAndAppositivesGiveRoleAndAffiliation(string text, string name, string? role, string? affiliation)
    {
        var person = Assert.Single(Find(text));
        Assert.Equal(name, person.Name);
        Assert.Equal(role, person.Role);
        Assert.Equal(affiliation, person.Affiliation);
    }

    [Theory]
    [InlineData("Colonel Ihor Marchenko said the bridge held. Marchenko added that shelling continued.", "Ihor Marchenko", 2)]
    [InlineData("Faisal al-Hakim, a local official, said water ran out. Mr Al Hakim said aid was blocked.", "Faisal al-Hakim", 2)]
    [InlineData("Dmitry Peskov spoke on Monday. Later Dmitri Peskov said more.", "Dmitry Peskov", 2)]
    [InlineData("Sudan's army chief Abdel-Fattah al-Burhan vowed to fight on. Burhan spoke in Port Sudan.", "Abdel Fattah al-Burhan", 2)]
    public void LaterMentionsJoinTheFullName(string text, string name, int mentions)
    {
        var person = Assert.Single(Find(text));
        Assert.Equal(name, person.Name);
        Assert.Equal(mentions, person.Spans.Count);
    }

    [Fact]
    public void EveryMentionSpanCoversTheNameOnly()
    {
        const string text = "Rebel commander Saw Kyaw Htoo said the base fell. Saw Kyaw Htoo, 41, said more.";
        var person = Assert.Single(Find(text));
        Assert.All(person.Spans, s => Assert.Equal("Saw Kyaw Htoo", s.Of(text)));
    }

    [Theory]
    [InlineData("The Rapid Support Forces said they had taken the base.")]
    [InlineData("Fighters in Kharkiv said the line held.")]
    [InlineData("On Friday Hamas said the talks had stalled.")]
    [InlineData("Witnesses said gunfire was heard in the city on Monday.")]
    [InlineData("The Syrian Observatory for Human Rights said 12 people died.")]
    [InlineData("In March, Kyiv and Moscow traded blame.")]
    public void OrganisationsAndOrdinaryWordsAreNotPeople(string text) => Assert.Empty(Find(text));

    [Fact]
    public void PlacesAreNotPeople()
    {
        const string text = "Residents of Kafr Nabl said the market was hit.";
        var start = text.IndexOf("Kafr", StringComparison.Ordinal);
        var place = new LocationResult("Kafr Nabl", "Kafr Nabl", "SY", null, null, null, null, "town", [new TextSpan(start, start + 9)]);
        Assert.Empty(Find(text, places: [place]));
    }

    [Fact]
    public void AnActorInTheRoleIsTheAffiliation()
    {
        const string text = "Islamic Jihad spokesman Abu Hamza said the fighters withdrew.";
        var actor = new ActorResult("Islamic Jihad", "Palestinian Islamic Jihad", "rebel_group", "PS", [new TextSpan(0, 13)]);
        var person = Assert.Single(Find(text, actors: [actor]));
        Assert.Equal("Abu Hamza", person.Name);
        Assert.Equal("Palestinian Islamic Jihad", person.Affiliation);
    }

    [Fact]
    public void DifferentPeopleWithSimilarNamesStayApart()
    {
        var people = Find("Commander Hassan Omar said the road was open. Hussein Omar, a farmer, said it was closed.");
        Assert.Equal(2, people.Count);
    }

    [Fact]
    public void AGivenNameAndSurnameMakeAPersonWithoutARole()
    {
        var person = Assert.Single(Find("Abdelrahim Nour was displaced from the village by the shelling."));
        Assert.Equal("Abdelrahim Nour", person.Name);
        Assert.Null(person.Role);
    }
}

public class PersonRoleShapeTests
{
    [Theory]
    [InlineData("A spokesperson for the group, Khaing Thukha, told reporters the base had fallen.", "Khaing Thukha", "spokesperson for the group")]
    [InlineData("Junta spokesman Maj. Gen. Zaw Min Tun denied the report.", "Zaw Min Tun", "Junta spokesman Maj. Gen.")]
    [InlineData("Governor Ruben Rocha Moya promised more police.", "Ruben Rocha Moya", "Governor")]
    public void RolesBeforeTheNameAreRead(string text, string name, string role)
    {
        var person = Assert.Single(PersonFinder.LoadDefault().Find(TextAnalyzer.Analyze(text), [], []));
        Assert.Equal((name, role), (person.Name, person.Role));
    }
}

public class GroupNamesAreNotPeopleTests
{
    [Theory]
    [InlineData("Hayat Tahrir said it had reached the city.")]
    [InlineData("Jaish al-Adl said its fighters attacked the post.")]
    [InlineData("Ansar Allah said it fired two missiles.")]
    [InlineData("Boko Haram claimed the attack on the village.")]
    public void ArmedGroupsNamedInTheirOwnLanguageAreNotPeople(string text) =>
        Assert.Empty(PersonFinder.LoadDefault().Find(TextAnalyzer.Analyze(text), [], []));
}
