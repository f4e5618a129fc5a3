using NewsEvents.Extraction.Events;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Events;

/// <summary>Who stands where around a trigger, read from word order.</summary>
public class ClauseTests
{
    private static (IReadOnlyList<Token> Tokens, int Index) Tokens(string text, string word)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        return (tokens, tokens.ToList().FindIndex(t => t.Norm == word));
    }

    [Fact]
    public void ATriggerHoldingItsOwnAuxiliaryIsPassive()
    {
        var (tokens, was) = Tokens("A retired colonel was found dead from gunshot wounds.", "was");
        var clause = Clause.Of(tokens, was, was + 2);
        Assert.True(clause.Passive);
        Assert.Equal(Clause.Target, clause.RoleOf(2)); // colonel
    }

    [Fact]
    public void ThePassiveSubjectAfterAnotherActStartsAfterTheJoiningWord()
    {
        var (tokens, killed) = Tokens("Militants attacked the village, and a shepherd was killed.", "killed");
        var attacked = tokens.ToList().FindIndex(t => t.Norm == "attacked");
        var clause = Clause.Of(tokens, killed, killed, previousAct: attacked);
        Assert.Equal(Clause.Outside, clause.RoleOf(0)); // militants
        Assert.Equal(Clause.Target, clause.RoleOf(killed - 2)); // shepherd
        // without the other act, the walk back runs over the comma
        Assert.Equal(Clause.Target, Clause.Of(tokens, killed, killed).RoleOf(0));
    }

    [Theory]
    [InlineData("Two farmers were hurt in a failed raid near Tarkul.", "raid")]
    [InlineData("Four herders died amid clashes near Tarkul.", "clashes")]
    [InlineData("Three traders were hurt during the attack on the market.", "attack")]
    public void ThoseBeforeAPrepositionDoNotDoTheActItGoverns(string text, string trigger)
    {
        var (tokens, at) = Tokens(text, trigger);
        Assert.Equal(Clause.Outside, Clause.Of(tokens, at, at).RoleOf(1));
    }

    [Fact]
    public void AParticipleTheCommaClosesIsPassive()
    {
        var (tokens, injured) = Tokens("Five were shot and three others injured, at dawn.", "injured");
        Assert.True(Clause.Of(tokens, injured, injured).Passive);
    }

    [Fact]
    public void AnAcronymSpelledLikeAnAuxiliaryMakesNoPassive()
    {
        // "IS" is the Islamic State: the second verb of "captured and shot" is done by it, not to it
        var (tokens, shot) = Tokens("IS fighters captured and shot a herder near Tarkul.", "shot");
        Assert.False(Clause.Of(tokens, shot, shot).Passive);
        var (passive, beaten) = Tokens("A herder was dragged from his hut and beaten near Tarkul.", "beaten");
        Assert.True(Clause.Of(passive, beaten, beaten).Passive);
    }
}
