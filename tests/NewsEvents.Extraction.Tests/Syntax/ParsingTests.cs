using NewsEvents.Extraction.Syntax;

namespace NewsEvents.Extraction.Tests.Syntax;

/// <summary>Sentences we wrote, with the tags and arcs UD English gives them; words are split as UD splits them.</summary>
public class ParsingTests
{
    private static readonly SyntaxModel Model = SyntaxModel.LoadDefault();

    private static ParsedSentence Parse(string sentence) => Model.Parse(sentence.Split(' '));

    [Theory]
    [InlineData("The gunmen killed four farmers .", "DET NOUN VERB NUM NOUN PUNCT")]
    [InlineData("Two soldiers were killed by an unknown assailant .", "NUM NOUN AUX VERB ADP DET ADJ NOUN PUNCT")]
    [InlineData("The rebels said they had captured the town on Sunday .", "DET NOUN VERB PRON AUX VERB DET NOUN ADP PROPN PUNCT")]
    [InlineData("Police do n't know who fired the rockets .", "NOUN AUX PART VERB PRON VERB DET NOUN PUNCT")]
    [InlineData("Syria 's army shelled the village .", "PROPN PART NOUN VERB DET NOUN PUNCT")]
    public void TagsAreTheUniversalPartsOfSpeech(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(' ', Parse(sentence).Words.Select(w => w.Upos)));

    // cardinal number words are a closed class: capitalised at the start of a sentence, or where the model alone
    // would read a verb or a name, they stay numbers (a capitalised one inside a sentence may be a name's part)
    [Theory]
    [InlineData("Eight Christians were killed in the attack .", 0)]
    [InlineData("Militants have beheaded seven loggers .", 3)]
    [InlineData("Seven Hindus and a driver died .", 0)]
    public void CardinalNumberWordsAreNumbers(string sentence, int number) => Assert.Equal("NUM", Parse(sentence).Words[number].Upos);

    // "dependent relation head" per arc; the root's head is "ROOT"
    [Theory]
    [InlineData("Gunmen killed four farmers .", "Gunmen nsubj killed", "killed root ROOT", "four nummod farmers", "farmers obj killed")]
    [InlineData("Two soldiers were killed by an unknown assailant .", "soldiers nsubj:pass killed", "were aux:pass killed", "assailant obl:agent killed", "by case assailant", "unknown amod assailant", "Two nummod soldiers")]
    [InlineData("Four men who were returning from the market were killed .", "men nsubj:pass killed", "returning acl:relcl men", "who nsubj returning", "market obl returning", "killed root ROOT")]
    [InlineData("Two militants and five policemen died .", "militants nsubj died", "policemen conj militants", "and cc policemen", "five nummod policemen")]
    [InlineData("The attack killed two militants and five policemen .", "militants obj killed", "policemen conj militants", "and cc policemen", "attack nsubj killed")]
    [InlineData("The rebels said they had captured the town on Sunday .", "said root ROOT", "captured ccomp said", "they nsubj captured", "town obj captured", "Sunday obl captured")]
    [InlineData("Syria 's army shelled the village .", "Syria nmod:poss army", "'s case Syria", "army nsubj shelled", "village obj shelled")]
    [InlineData("The army tried to retake the bridge .", "tried root ROOT", "retake xcomp tried", "to mark retake", "bridge obj retake")]
    public void ArcsCarryTheirUniversalDependencyRelations(string sentence, params string[] arcs)
    {
        var parse = Parse(sentence);
        var words = sentence.Split(' ');
        foreach (var arc in arcs)
        {
            var parts = arc.Split(' ');
            var dependent = Array.IndexOf(words, parts[0]);
            var head = parse[dependent].Head;
            Assert.Equal(arc, $"{parts[0]} {parse[dependent].Deprel} {(head < 0 ? "ROOT" : words[head])}");
        }
    }

    [Theory]
    [InlineData("The gunmen killed four farmers .", "the gunman kill four farmer .")]
    [InlineData("Two soldiers were killed by an unknown assailant .", "two soldier be kill by a unknown assailant .")]
    [InlineData("Four men who were returning from the market were killed .", "four man who be return from the market be kill .")]
    [InlineData("Police do n't know who fired the rockets .", "police do not know who fire the rocket .")]
    public void LemmasComeFromRulesAndTheTreebanksExceptions(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(' ', Parse(sentence).Words.Select(w => w.Lemma)));

    [Fact]
    public void TheParseIsATreeWithOneRoot()
    {
        var parse = Parse("After the attack , which lasted two hours , residents fled north and the army sent reinforcements .");
        Assert.Single(parse.Words, w => w.Head < 0);
        for (var i = 0; i < parse.Count; i++)
        {
            var seen = 0;
            for (var h = i; h >= 0; h = parse[h].Head) Assert.True(++seen <= parse.Count, "a cycle");
        }
    }

    [Fact]
    public void AnEmptySentenceParsesToNothing() => Assert.Equal(0, Model.Parse([]).Count);
}
