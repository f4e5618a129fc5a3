using System.Text.Json;

namespace NewsEvents.Eval.DevSets;

/// <summary>One line of a development set: the id and text the engine sees, the gold it is scored on, and the line itself (gold subsets are written verbatim).</summary>
internal sealed record DevSetRecord(string Id, string Text, string Country, string Half, JsonElement Gold, string Line)
{
    /// <summary>Reads a JSONL file; the country is ACLED's <c>country</c> or WAD's <c>meta.country</c>.</summary>
    public static List<DevSetRecord> Load(string path, int? limit)
    {
        var records = new List<DevSetRecord>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (records.Count == limit) break;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var country = root.TryGetProperty("country", out var c) ? c.GetString()
                : root.TryGetProperty("meta", out var m) && m.TryGetProperty("country", out var mc) ? mc.GetString() : null;
            records.Add(new DevSetRecord(id, root.GetProperty("text").GetString()!, country ?? "?", DevSets.Half.Of(id), root.GetProperty("gold").Clone(), line));
        }
        return records;
    }
}
