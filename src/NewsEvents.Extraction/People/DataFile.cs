namespace NewsEvents.Extraction.People;

/// <summary>
/// Reads an embedded data file of the people and claims stages. The project embeds files under sub-folders with a '/'
/// in the resource name (from %(RecursiveDir)), while <see cref="ResourceFiles"/> looks for '.': try both, so that these
/// stages work whichever way that is settled.
/// </summary>
internal static class DataFile
{
    public static IEnumerable<string> ReadLines(string relativePath)
    {
        var stream = typeof(DataFile).Assembly.GetManifestResourceStream("NewsEvents.Extraction.Resources." + relativePath.Replace('\\', '/'))
            ?? ResourceFiles.Open(relativePath);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line) yield return line;
    }

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
