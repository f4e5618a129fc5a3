namespace NewsEvents.SyntaxTrain;

/// <summary>UPOS accuracy, UAS and LAS over every word, punctuation included (as is usual for UD).</summary>
public sealed class SyntaxScore
{
    public long Words, Upos, Attached, Labelled;

    public void Add(ConlluSentence gold, IReadOnlyList<string> upos, IReadOnlyList<int> heads, IReadOnlyList<string> deprels)
    {
        for (var i = 0; i < gold.Count; i++)
        {
            Words++;
            if (upos[i] == gold.Upos[i]) Upos++;
            if (heads[i] != gold.Heads[i]) continue;
            Attached++;
            if (deprels[i] == gold.Deprels[i]) Labelled++;
        }
    }

    public double UposAccuracy => (double)Upos / Math.Max(1, Words);
    public double Uas => (double)Attached / Math.Max(1, Words);
    public double Las => (double)Labelled / Math.Max(1, Words);

    public override string ToString() => FormattableString.Invariant($"upos={UposAccuracy:0.000} uas={Uas:0.000} las={Las:0.000}");
}
