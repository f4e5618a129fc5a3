using NewsEvents.Extraction.Syntax;

namespace NewsEvents.Extraction.Tests.Syntax;

public class WeightTableTests
{
    private const int Classes = 40;

    // one row dense (every other class), one sparse, one just under the dense threshold
    private static readonly (uint Key, (byte Class, int Weight)[] Row)[] Rows =
    [
        (11u, Enumerable.Range(0, Classes / 2).Select(i => ((byte)(2 * i), 1000 * (i + 1) * (i % 3 == 0 ? -1 : 1))).ToArray()),
        (22u, [(3, 7), (39, -5)]),
        (33u, Enumerable.Range(0, WeightTable.DenseFrom - 1).Select(i => ((byte)(i + 1), i + 100)).ToArray()),
    ];

    private static int[] Expected(params uint[] features)
    {
        var expected = new int[Classes];
        foreach (var (key, row) in Rows.Where(r => features.Contains(r.Key)))
            foreach (var (cls, w) in row) expected[cls] += w;
        return expected;
    }

    private static int[] Scored(WeightTable table, params uint[] features)
    {
        var scores = new int[table.ScoreLength];
        Array.Fill(scores, 12345); // Score clears what it uses
        table.Score(features, scores);
        return scores[..Classes];
    }

    [Fact]
    public void DenseAndSparseRowsAddUpToTheSumOfTheirEntries()
    {
        var table = new WeightTable(Classes, Rows);

        Assert.Equal(Expected(11, 22, 33), Scored(table, 11, 22, 33, 44)); // 44 is unknown
        Assert.Equal(Expected(11), Scored(table, 11));
        Assert.Equal(new int[Classes], Scored(table, 44, 55));
    }

    [Fact]
    public void ADenseRowGivesBackItsEntriesAndSurvivesTheFile()
    {
        var table = new WeightTable(Classes, Rows);
        using var file = new MemoryStream();
        using (var w = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true)) table.Write(w);
        file.Position = 0;
        var back = WeightTable.Read(new BinaryReader(file));

        Assert.Equal(Rows.Select(r => (r.Key, r.Row)), table.Rows().Select(r => (r.Key, r.Row)), new RowComparer());
        Assert.Equal(table.Rows(), back.Rows(), new RowComparer());
        Assert.Equal(Rows.Sum(r => r.Row.Length), back.EntryCount);
        Assert.Equal(Expected(11, 22, 33), Scored(back, 33, 22, 11));
    }

    [Fact]
    public void ScoresTooShortForADenseRowAreRefused() =>
        Assert.Throws<ArgumentException>(() => new WeightTable(Classes, Rows).Score([11u], new int[Classes]));

    private sealed class RowComparer : IEqualityComparer<(uint Key, (byte Class, int Weight)[] Row)>
    {
        public bool Equals((uint Key, (byte Class, int Weight)[] Row) a, (uint Key, (byte Class, int Weight)[] Row) b) =>
            a.Key == b.Key && a.Row.SequenceEqual(b.Row);

        public int GetHashCode((uint Key, (byte Class, int Weight)[] Row) r) => (int)r.Key;
    }
}
