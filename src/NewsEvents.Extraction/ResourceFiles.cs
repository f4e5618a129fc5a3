using System.Reflection;

namespace NewsEvents.Extraction;

/// <summary>Opens the data files embedded from Resources/ (lexicons, gazetteer), so that the library needs no file system layout.</summary>
public static class ResourceFiles
{
    private static readonly Assembly Assembly = typeof(ResourceFiles).Assembly;

    // The csproj names resources with %(RecursiveDir), which keeps '/' (or '\\' on Windows) inside the name;
    // index them by a '.'-separated form so that look-ups work the same on every OS.
    private static readonly Dictionary<string, string> Names = Assembly.GetManifestResourceNames()
        .ToDictionary(n => n.Replace('/', '.').Replace('\\', '.'), n => n, StringComparer.Ordinal);

    /// <param name="relativePath">Path under Resources/, with '/' or '.' separators, e.g. "actors/syria.tsv".</param>
    public static Stream Open(string relativePath)
    {
        var name = "NewsEvents.Extraction.Resources." + relativePath.Replace('/', '.').Replace('\\', '.');
        return (Names.TryGetValue(name, out var actual) ? Assembly.GetManifestResourceStream(actual) : null)
            ?? throw new FileNotFoundException($"Embedded resource '{relativePath}' not found (looked for {name}).");
    }

    /// <summary>Names (relative to Resources/, '.'-separated) of every embedded file under a folder.</summary>
    public static IEnumerable<string> List(string folder)
    {
        var prefix = "NewsEvents.Extraction.Resources." + folder.Replace('/', '.').TrimEnd('.') + ".";
        return Names.Keys.Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n["NewsEvents.Extraction.Resources.".Length..]);
    }

    public static IEnumerable<string> ReadLines(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        while (reader.ReadLine() is { } line) yield return line;
    }
}
