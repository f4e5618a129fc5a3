using nietras.SeparatedValues;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>A CSV document read by a real RFC 4180 reader (Sep, with quotes unescaped): its header and rows by column name.</summary>
public sealed record CsvTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static CsvTable Parse(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(text);
        var columns = reader.Header.ColNames.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var row in reader)
        {
            Assert.Equal(columns.Count, row.ColCount);
            var values = new Dictionary<string, string>();
            foreach (var column in columns) values[column] = row[column].ToString();
            rows.Add(values);
        }
        return new(columns, rows);
    }
}
