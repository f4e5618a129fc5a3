namespace NewsEvents.Benchmarks;

/// <summary>The articles the benchmarks run on: our own wire-style corpus (tests/corpus/own), 3-6 KB each.</summary>
internal static class Articles
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "corpus", "own");
                if (Directory.Exists(candidate)) return candidate;
            }
            throw new DirectoryNotFoundException("tests/corpus/own not found above " + AppContext.BaseDirectory);
        }
    }

    public static List<(string Name, string Text)> Load() =>
        Directory.EnumerateFiles(Folder).Where(f => f.EndsWith(".txt") || f.EndsWith(".html")).Order()
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
}
