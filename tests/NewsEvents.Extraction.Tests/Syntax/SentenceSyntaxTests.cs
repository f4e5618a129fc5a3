using NewsEvents.Extraction.Syntax;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Syntax;

/// <summary>The per-token questions a stage asks, on text as the engine tokenises it.</summary>
public class SentenceSyntaxTests
{
    private static (SentenceSyntax Syntax, Func<string, int> Token) Analyse(string text)
    {
        var analysed = TextAnalyzer.Analyze(text);
        analysed = analysed with { Syntax = new TextSyntax(analysed, SyntaxModel.LoadDefault()) };
        var sentence = Assert.Single(analysed.Sentences);
        return (analysed.SyntaxOf(sentence), word => sentence.Tokens.Single(t => t.TextOf(text) == word).Index);
    }

    [Fact]
    public void TheSubjectAndObjectOfAVerbAreItsNsubjAndObj()
    {
        var (s, t) = Analyse("Gunmen killed four farmers.");
        Assert.Equal(t("Gunmen"), s.Subject(t("killed")));
        Assert.Equal(t("farmers"), s.Object(t("killed")));
        Assert.False(s.IsPassive(t("killed")));
    }

    [Fact]
    public void ANumberCountsTheNounItModifies()
    {
        var (s, t) = Analyse("Gunmen killed four farmers.");
        Assert.Equal(t("farmers"), s.CountedNoun(t("four")));
        Assert.Equal(-1, s.CountedNoun(t("killed")));
    }

    [Fact]
    public void APassiveVerbHasItsPatientAsSubjectAndItsAgentAfterBy()
    {
        var (s, t) = Analyse("Two soldiers were killed by an unknown assailant.");
        Assert.Equal(t("soldiers"), s.Subject(t("killed")));
        Assert.Equal(t("soldiers"), s.Subject(t("were")));
        Assert.Equal(t("assailant"), s.Agent(t("killed")));
        Assert.True(s.IsPassive(t("killed")));
        Assert.Equal(-1, s.Object(t("killed")));
    }

    [Fact]
    public void ARelativeClauseHangsFromTheNounItDescribes()
    {
        var (s, t) = Analyse("Four men who were returning from the market were killed.");
        Assert.Equal("acl:relcl", s.Relation(t("returning")));
        Assert.Equal(t("men"), s.Head(t("returning")));
        Assert.Equal(t("men"), s.Subject(t("killed")));
        Assert.Equal(-1, s.Head(t("killed")));
    }

    [Fact]
    public void ConjunctsAreTheOtherMembersOfACoordination()
    {
        var (s, t) = Analyse("The attack killed two militants and five policemen.");
        Assert.Equal([t("policemen")], s.Conjuncts(t("militants")));
        Assert.Equal([t("militants")], s.Conjuncts(t("policemen")));
        Assert.Equal(t("policemen"), s.CountedNoun(t("five")));
        Assert.Equal(t("militants"), s.Object(t("killed")));
        Assert.Empty(s.Conjuncts(t("killed")));
    }

    [Fact]
    public void AContractionAnswersForItsAuxiliary()
    {
        var (s, t) = Analyse("Police don't know who fired the rockets.");
        Assert.Equal("AUX", s.Upos(t("don't")));
        Assert.Equal("do", s.Lemma(t("don't")));
        Assert.Equal(t("know"), s.Head(t("don't")));
        Assert.Equal(t("Police"), s.Subject(t("know")));
    }

    [Fact]
    public void ChildrenByRelationAreTokensInOrder()
    {
        var (s, t) = Analyse("Syria's army shelled the village.");
        Assert.Equal([t("army"), t("village"), t(".")], s.Children(t("shelled")));
        Assert.Equal([t("Syria")], s.Children(t("army"), "nmod:poss"));
        Assert.Equal("case", s.Relation(t("'s")));
    }

    [Fact]
    public void NothingIsParsedUntilAStageAsks()
    {
        var analysed = TextAnalyzer.Analyze("Shelling hit the town. Two people were killed. The army denied it.");
        var syntax = new TextSyntax(analysed, SyntaxModel.LoadDefault());
        Assert.Equal(0, syntax.ParsedCount);
        _ = syntax[1];
        _ = syntax[1];
        Assert.Equal(1, syntax.ParsedCount);
    }

    [Fact]
    public void TheSyntaxOfATextWithoutAModelIsAClearError()
    {
        var analysed = TextAnalyzer.Analyze("Shelling hit the town.");
        Assert.Throws<InvalidOperationException>(() => analysed.SyntaxOf(analysed.Sentences[0]));
    }
}
