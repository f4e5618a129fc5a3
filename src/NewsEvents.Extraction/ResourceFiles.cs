using System.Reflection;

namespace NewsEvents.Extraction;

/// <summary>Opens the data files embedded from Resources/ (lexicons, gazetteer), so that the library needs no file system layout.</summary>
public static class ResourceFiles
{
    private const string Prefix = "NewsEvents.Extraction.Resources.";
    private static readonly Assembly Assembly = typeof(ResourceFiles).Assembly;

    /// <param name="relativePath">Path under Resources/ with '/' separators, e.g. "actors/syria.tsv".</param>
    public static Stream Open(string relativePath)
    {
        // The csproj names each resource Prefix + its path under Resources/ with '/' separators (%(RecursiveDir)).
        var name = Prefix + relativePath.Replace('\\', '/');
        return Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"Embedded resource '{relativePath}' not found (looked for {name}).");
    }

    /// <summary>Paths (relative to Resources/, '/'-separated) of every embedded file under a folder.</summary>
    public static IEnumerable<string> List(string folder)
    {
        var prefix = Prefix + folder.Replace('\\', '/').TrimEnd('/') + "/";
        return Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal);
    }

    public static IEnumerable<string> ReadLines(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        while (reader.ReadLine() is { } line) yield return line;
    }
}
