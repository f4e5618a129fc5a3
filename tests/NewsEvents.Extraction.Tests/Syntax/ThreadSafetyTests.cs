using NewsEvents.Extraction.Syntax;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Syntax;

public class ThreadSafetyTests
{
    private static readonly string[] Sentences =
    [
        "Gunmen killed four farmers near the village on Tuesday .",
        "The ministry said two soldiers were wounded when their patrol hit a roadside bomb .",
        "Protesters blocked the main road and burned tyres outside the governor 's office .",
        "Police arrested three men who had fired at a checkpoint late on Friday night .",
        "Rebels claimed they had seized the town , but the army denied it .",
        "A drone strike destroyed a truck carrying weapons , the spokesman told reporters .",
    ];

    [Fact]
    public void ParsingOnManyThreadsGivesWhatParsingOnOneGives()
    {
        var model = SyntaxModel.LoadDefault();
        var inputs = Enumerable.Range(0, 240).Select(i => Sentences[i % Sentences.Length].Split(' ')).ToArray();
        var sequential = inputs.Select(model.Parse).ToArray();

        var parallel = new ParsedSentence[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = model.Parse(inputs[i]));

        for (var i = 0; i < inputs.Length; i++) Assert.Equal(sequential[i].Words, parallel[i].Words);
    }

    [Fact]
    public void OneTextAskedFromManyThreadsParsesEachSentenceToTheSameTree()
    {
        var text = TextAnalyzer.Analyze(string.Join(" ", Sentences.Select(s => s.Replace(" .", ".").Replace(" ,", ",").Replace(" 's", "'s"))));
        var shared = new TextSyntax(text, SyntaxModel.LoadDefault());
        var fresh = new TextSyntax(text, SyntaxModel.LoadDefault());

        Parallel.For(0, 64, i => _ = shared[i % text.Sentences.Count]);

        Assert.Equal(text.Sentences.Count, shared.ParsedCount);
        for (var s = 0; s < text.Sentences.Count; s++) Assert.Equal(fresh[s].Parse.Words, shared[s].Parse.Words);
    }
}
