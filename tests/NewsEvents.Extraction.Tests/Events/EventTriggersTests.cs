using NewsEvents.Extraction.Events;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Events;

/// <summary>The trigger lexicon's lines: flags join with commas, and a flag the engine does not know is an error.</summary>
public class EventTriggersTests
{
    [Fact]
    public void FlagsJoinWithCommas()
    {
        var triggers = new EventTriggers(["beaten\tAttack\tAttack\t0.6\tharm,custody", "clashed\tBattles\tArmed clash\t0.9"]);
        var tokens = Tokenizer.Tokenize("beaten", new TextSpan(0, 6));
        Assert.True(triggers.Index.TryMatchAt(tokens, TokenKeys.Of(tokens), 0, out var m));
        Assert.True(m.Value.Harm);
        Assert.True(m.Value.Custody);
        Assert.False(m.Value.TollWord);
    }

    [Fact]
    public void AnUnknownFlagSaysWhichLine()
    {
        var e = Assert.Throws<FormatException>(() => new EventTriggers(["beaten\tAttack\tAttack\t0.6\tharm,custodial"]));
        Assert.Contains("custodial", e.Message);
    }
}
