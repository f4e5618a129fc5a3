using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace NewsEvents.Data;

/// <summary>
/// EF Core Sqlite 10 is compiled against SQLitePCLRaw 2.1.x, but our package mirror only has 2.0.6, which we ship instead.
/// The runtime refuses to bind a reference to 2.1.x to the older file, so without this the first SQLite call throws
/// FileNotFoundException. The 2.0.6 API surface that Microsoft.Data.Sqlite uses is the same, so we answer the failed
/// load with the shipped assembly. Remove this file once the mirror carries SQLitePCLRaw 2.1.x.
/// </summary>
public static class SqliteAssemblyRedirect
{
    private static int _installed;

#pragma warning disable CA2255 // deliberate: the redirect must be in place before any SQLite type loads, in apps and tests alike
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1) return;
        AssemblyLoadContext.Default.Resolving += Resolve;
    }

    /// <summary>Forces the redirect to be in place (it normally installs itself when this assembly loads).</summary>
    public static void EnsureInstalled() => Install();

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is null || !name.Name.StartsWith("SQLitePCLRaw.", StringComparison.Ordinal)) return null;
        var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
