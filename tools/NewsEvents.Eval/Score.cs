namespace NewsEvents.Eval;

/// <summary>Counts for one field: gold items found (recall) and extracted items that match gold (precision).</summary>
internal sealed class Score(string field)
{
    public string Field { get; } = field;
    public int Gold { get; private set; }
    public int Found { get; private set; }
    public int Extracted { get; private set; }
    public int Correct { get; private set; }
    public List<string> Misses { get; } = [];

    public void Expect(bool found, string what)
    {
        Gold++;
        if (found) Found++; else Misses.Add(what);
    }

    public void Produced(bool correct, string what, bool reportWrong = true)
    {
        Extracted++;
        if (correct) Correct++; else if (reportWrong) Misses.Add("extra: " + what);
    }

    public string Recall => Gold == 0 ? "-" : $"{100.0 * Found / Gold,5:0.0}%";
    public string Precision => Extracted == 0 ? "-" : $"{100.0 * Correct / Extracted,5:0.0}%";
}
