using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Text;

public class TokenTrieTests
{
    private static Sentence SentenceOf(string text) => new(0, 0, new TextSpan(0, text.Length), Tokenizer.Tokenize(text, new TextSpan(0, text.Length)));

    [Fact]
    public void TheLongestPhraseWinsAndHyphensAreSteppedOver()
    {
        var trie = TokenTrie<string>.Of([("car bomb", "bomb"), ("car", "vehicle"), ("car bomb attack", "attack")]);
        var matches = trie.MatchAll(SentenceOf("A car-bomb attack and a car bomb hit a car."));
        Assert.Equal(["attack", "bomb", "vehicle"], matches.Select(m => m.Value));
        Assert.Equal("car-bomb attack", "A car-bomb attack and a car bomb hit a car.".Substring(matches[0].Span.Start, matches[0].Span.Length));
    }

    [Fact]
    public void TheFirstEntryOfAPhraseWinsAndEqualValuesAreKeptOnce()
    {
        var first = TokenTrie<int>.Of([("shot dead", 1), ("Shot  dead", 2)]);
        Assert.Equal([1], first.ValuesOf(first.Next(first.Next(TokenTrie<int>.Root, "shot"), "dead")));

        var shared = new TokenTrie<int>();
        shared.AddJoined("tripoli", 7);
        shared.AddJoined("tripoli", 9);
        shared.AddJoined("tripoli", 7);
        Assert.Equal([7, 9], shared.Find("tripoli")!);
        Assert.Null(shared.Find("tripoli city"));
        Assert.Equal(1, shared.Count);
    }

    [Fact]
    public void JoinedNamesAreFoundFromSlicesAndWalkedWordByWord()
    {
        var trie = new TokenTrie<int>(words: 4, edges: 4);
        trie.AddJoined("san pedro sula".AsSpan(), 3);
        trie.AddJoined("san pedro".AsSpan(), 2);
        trie.TrimExcess();
        Assert.Equal([3], trie.Find("xx san pedro sula".AsSpan()[3..])!);
        var node = trie.Next(TokenTrie<int>.Root, "san");
        Assert.False(trie.HasValues(node));
        node = trie.Next(node, "pedro".AsSpan());
        Assert.Equal([2], trie.ValuesOf(node));
        Assert.Equal(-1, trie.Next(node, "norte"));
        Assert.Equal(3, trie.MaxLength);
    }

    [Fact]
    public void MatchAsksWhetherAValueFitsAndFallsBackToAShorterEntry()
    {
        var trie = new TokenTrie<string>();
        trie.Add(["national", "army"], "noun");
        trie.Add(["national"], "adjective");
        string?[] keys = ["the", "national", "army"];
        Assert.Equal(3, trie.Match(keys, 1, out var all));
        Assert.Equal(["noun"], all!);
        Assert.Equal(2, trie.Match(keys, 1, "adjective", static (wanted, v, _, _) => v == wanted, out var shorter));
        Assert.Equal(["adjective"], shorter!);
        Assert.Equal(-1, trie.Match(keys, 0, out _));
        Assert.Contains("national", trie.FirstKeys);
    }

    [Fact]
    public void EntriesReadBackwardOverReversedPhrasesComeLongestFirst()
    {
        var trie = new TokenTrie<string>();
        trie.Add(["dead", "shot"], "shot dead");
        trie.Add(["dead"], "dead");
        var tokens = SentenceOf("gunmen shot dead two").Tokens;
        var found = trie.Entries(tokens, 2, -1);
        Assert.Equal([(1, "shot dead"), (2, "dead")], found);
        Assert.Empty(trie.Entries(tokens, 3, -1));
    }
}
