namespace NewsEvents.Eval.DevSets;

/// <summary>
/// Finds the shared folder (corpora and scorers) that sits beside the clone: <c>../shared</c> from the main checkout,
/// <c>../../shared</c> from a worktree under <c>wt/</c>. The data is read there at run time and never copied.
/// </summary>
internal static class SharedFolder
{
    /// <summary>The repository root: the nearest folder holding NewsEvents.sln above the working directory, else above the tool's binaries.</summary>
    public static string? RepoRoot() =>
        Ancestors(Directory.GetCurrentDirectory()).Concat(Ancestors(AppContext.BaseDirectory))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "NewsEvents.sln")));

    /// <summary>The nearest <c>shared</c> folder with the scorers, looked for beside the repository root and each of its ancestors.</summary>
    public static string Find()
    {
        var starts = new[] { RepoRoot(), Directory.GetCurrentDirectory() }.OfType<string>();
        foreach (var start in starts)
            foreach (var dir in Ancestors(start))
            {
                var shared = Path.Combine(dir, "shared");
                if (File.Exists(Path.Combine(shared, "tools", "score-acled"))) return shared;
            }
        throw new DirectoryNotFoundException("no ../shared folder with tools/score-acled beside the repository or its parents");
    }

    /// <summary>A path as given, tried against the working directory and then the repository root.</summary>
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path)) return Path.GetFullPath(path);
        var root = RepoRoot();
        var fromRoot = root is null ? null : Path.GetFullPath(Path.Combine(root, path));
        if (fromRoot is not null && File.Exists(fromRoot)) return fromRoot;
        var places = new[] { Directory.GetCurrentDirectory(), root }.OfType<string>().Distinct();
        throw new FileNotFoundException($"no file '{path}' in {string.Join(" or ", places)}");
    }

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var d = new DirectoryInfo(Path.GetFullPath(start)); d is not null; d = d.Parent) yield return d.FullName;
    }
}
