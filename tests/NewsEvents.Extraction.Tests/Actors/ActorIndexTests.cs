using NewsEvents.Extraction.Actors;
using static NewsEvents.Extraction.Tests.Actors.ActorTestKit;

namespace NewsEvents.Extraction.Tests.Actors;

public class ActorIndexTests
{
    private const string Text = "The RSF attacked El Fasher. Sudan's army said it repelled the RSF.";

    [Theory]
    [InlineData("RSF", "Rapid Support Forces")]
    [InlineData("army", "Military Forces of Sudan")]
    public void AtFindsTheActorMentionedAtAnOffset(string word, string name)
    {
        var index = new ActorIndex(Find(Text));
        Assert.Equal(name, index.At(Text.IndexOf(word, StringComparison.Ordinal))?.Name);
    }

    [Fact]
    public void AtIsNullBetweenMentions() => Assert.Null(new ActorIndex(Find(Text)).At(Text.IndexOf("attacked", StringComparison.Ordinal)));

    [Fact]
    public void WithinListsEachActorOfARangeOnce()
    {
        var index = new ActorIndex(Find(Text));
        var second = Text.IndexOf("Sudan's", StringComparison.Ordinal);
        Assert.Equal(["Military Forces of Sudan", "Rapid Support Forces"], index.Within(new TextSpan(second, Text.Length)).Select(a => a.Name));
    }

    [Fact]
    public void BeforeGivesTheLastActorMentioned()
    {
        var index = new ActorIndex(Find(Text));
        Assert.Equal("Rapid Support Forces", index.Before(Text.IndexOf("attacked", StringComparison.Ordinal))?.Name);
    }
}
