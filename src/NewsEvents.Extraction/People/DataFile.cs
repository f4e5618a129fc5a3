namespace NewsEvents.Extraction.People;

/// <summary>Reads the embedded tab-separated data files of the people and claims stages.</summary>
internal static class DataFile
{
    public static IEnumerable<string> ReadLines(string relativePath) => ResourceFiles.ReadLines(relativePath);

    /// <summary>Non-empty, non-comment lines split at tabs.</summary>
    public static IEnumerable<string[]> Rows(string relativePath)
    {
        foreach (var line in ReadLines(relativePath))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields[0].Trim().Length > 0) yield return fields;
        }
    }
}
