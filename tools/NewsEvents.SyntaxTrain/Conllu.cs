namespace NewsEvents.SyntaxTrain;

/// <summary>One sentence of a CoNLL-U file: its syntactic words (multiword-token ranges and empty nodes left out).</summary>
/// <param name="Heads">0-based head index per word, -1 for the root.</param>
public sealed record ConlluSentence(string[] Forms, string[] Lemmas, string[] Upos, string[] Xpos, int[] Heads, string[] Deprels)
{
    public int Count => Forms.Length;
}

public static class Conllu
{
    public static List<ConlluSentence> Read(string path)
    {
        var result = new List<ConlluSentence>();
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (rows.Count > 0) result.Add(Sentence(rows));
                rows.Clear();
                continue;
            }
            if (line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 10) throw new InvalidDataException($"{path}: not a CoNLL-U line: {line}");
            if (f[0].Contains('-') || f[0].Contains('.')) continue; // multiword-token range or empty node
            rows.Add(f);
        }
        if (rows.Count > 0) result.Add(Sentence(rows));
        return result;
    }

    private static ConlluSentence Sentence(List<string[]> rows) => new(
        rows.Select(r => r[1]).ToArray(),
        rows.Select(r => r[2]).ToArray(),
        rows.Select(r => r[3]).ToArray(),
        rows.Select(r => r[4]).ToArray(),
        rows.Select(r => int.Parse(r[6]) - 1).ToArray(),
        rows.Select(r => r[7]).ToArray());
}
