using NewsEvents.Extraction.Tests.Events;

namespace NewsEvents.Extraction.Tests.Actors;

/// <summary>Every event's actors carry the name ACLED's codebook gives them, with the story's country.</summary>
public class AcledNameTests
{
    private static IReadOnlyList<EventActor> ActorsOf(string text) => EventTestKit.Single(text).Actors;

    private static string Roles(IReadOnlyList<EventActor> actors) =>
        string.Join(" | ", actors.Select(a => a.Role + ": " + a.AcledName));

    [Theory]
    [InlineData("Gunmen killed three villagers near Kano on Monday.", "actor1: Unidentified Armed Group (Nigeria)", "actor2: Civilians (Nigeria)")]
    [InlineData("Militants killed three farmers near Kano on Monday.", "actor1: Unidentified Armed Group (Nigeria)", "actor2: Civilians (Nigeria)")]
    [InlineData("Three villagers were shot dead near Kano on Monday.", "actor1: Unidentified Armed Group (Nigeria)", "actor2: Civilians (Nigeria)")]
    [InlineData("Unknown gunmen attacked a police post near Kano on Monday.", "actor1: Unidentified Armed Group (Nigeria)", "actor2: Police Forces of Nigeria")]
    [InlineData("Thousands of protesters marched in Nairobi on Monday.", "actor1: Protesters (Kenya)", null)]
    [InlineData("Rioters torched a police station in Nairobi on Monday.", "actor1: Rioters (Kenya)", null)]
    [InlineData("Members of the Canaan Gang killed two residents of Croix-des-Bouquets, Haiti, on Monday.", "actor1: Canaan Gang", "actor2: Civilians (Haiti)")]
    [InlineData("Members of the Lashari community attacked farmers near Sukkur on Monday.", "actor1: Lashari Communal Militia (Pakistan)", "actor2: Civilians (Pakistan)")]
    [InlineData("Fulani gunmen killed five farmers near Jos on Monday.", "actor1: Fulani Ethnic Militia (Nigeria)", "actor2: Civilians (Nigeria)")]
    [InlineData("Clashes between the Luo and Kalenjin communities left three dead near Kericho on Monday.", "Luo Communal Militia (Kenya)", "Kalenjin Communal Militia (Kenya)")]
    [InlineData("JNIM fighters attacked an army base near Mopti on Monday.", "actor1: JNIM: Group for Support of Islam and Muslims", "actor2: Military Forces of Mali")]
    [InlineData("Congolese soldiers killed four villagers near Beni on Monday.", "actor1: Military Forces of Democratic Republic of Congo", "actor2: Civilians (Democratic Republic of Congo)")]
    [InlineData("Gunmen attacked a police station near Kano on Monday.", "actor1: Unidentified Armed Group (Nigeria)", "actor2: Police Forces of Nigeria")]
    [InlineData("A roadside bomb wounded four soldiers near Kandahar on Monday.", "actor1: Unidentified Armed Group (Afghanistan)", "actor2: Military Forces of Afghanistan")]
    [InlineData("Police arrested a teacher in Mombasa on Monday.", "actor1: Police Forces of Kenya", "actor2: Civilians (Kenya)")]
    // forces named by their trade in a by-phrase are the country's, not an unidentified group
    [InlineData("On Friday, a trader was shot dead by soldiers in Kisumu.", "actor1: Military Forces of Kenya", "actor2: Civilians (Kenya)")]
    [InlineData("Militants burned a school in a village near Kano on Monday.", "actor1: Unidentified Armed Group (Nigeria)", "actor2: Civilians (Nigeria)")]
    [InlineData("Students protested in Nairobi on Monday until police dispersed them with tear gas.", "actor1: Protesters (Kenya)", "actor2: Police Forces of Kenya")]
    public void EventActorsAreNamedAsAcledCodesThem(string text, string actor1, string? actor2)
    {
        var roles = Roles(ActorsOf(text));
        Assert.Contains(actor1, roles);
        if (actor2 is not null) Assert.Contains(actor2, roles);
    }

    [Fact]
    public void AStateThatStrikesIsItsMilitaryAndHasOneName()
    {
        var actors = ActorsOf("Russia launched drones at Kharkiv on Monday, killing three people.");
        Assert.Contains(actors, a => a is { AcledName: "Military Forces of Russia", Role: "actor1" });
        Assert.DoesNotContain(actors, a => a.Name == "Government of Russia");
    }

    [Fact]
    public void ASuspectedPerpetratorIsMarkedAlleged()
    {
        var actors = ActorsOf("Suspected JNIM militants killed four villagers near Mopti on Monday.");
        Assert.Contains(actors, a => a.AcledName!.StartsWith("JNIM", StringComparison.Ordinal) && a.Alleged);
    }

    [Fact]
    public void AClaimOfResponsibilityNamesThePerpetratorAsAlleged()
    {
        var actors = ActorsOf("A car bomb killed nine people in Mogadishu on Monday. Al-Shabaab claimed responsibility for that bombing in a radio message.");
        Assert.Contains(actors, a => a is { AcledName: "Al Shabaab", Role: "actor1", Alleged: true });
    }

    [Fact]
    public void WhenNoGroupClaimedItThePerpetratorStaysUnidentified()
    {
        var actors = ActorsOf("Gunmen killed five people at a tea shop in Kano on Monday. No group claimed the attack, and police blamed bandits.");
        Assert.Contains(actors, a => a is { AcledName: "Unidentified Armed Group (Nigeria)", Role: "actor1" });
    }

    [Theory]
    [InlineData("Wagner mercenaries attacked herders near Bambari on Monday. The attackers killed two of them.", "Wagner Group")]
    [InlineData("Gunmen from the Viv Ansanm coalition killed three residents of Port-au-Prince on Monday.", "Viv Ansanm Gang")]
    public void TheAttackersOfANamedGroupAreThatGroup(string text, string acled)
    {
        var actors = ActorsOf(text);
        Assert.Contains(actors, a => a.AcledName == acled && a.Role == "actor1");
        Assert.DoesNotContain(actors, a => a.AcledName!.StartsWith("Unidentified Armed Group", StringComparison.Ordinal));
    }
}
