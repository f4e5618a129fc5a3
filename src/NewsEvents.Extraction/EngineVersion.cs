using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace NewsEvents.Extraction;

/// <summary>
/// The engine's version, computed rather than typed by hand, so that it moves whenever the rules or the data do:
/// "{assembly version}+{code}.{data}". <c>code</c> is this assembly's module version id, which the compiler's
/// deterministic mode derives from the compiled code: the same sources give the same id, any change a new one. The
/// project maps its source path and keeps the git commit out of the assembly, so neither the clone's location nor a
/// commit elsewhere in the repository moves it (checked: two clones build byte-identical DLLs). <c>data</c> is a SHA-256 over every embedded
/// resource's name and bytes (lexicons, gazetteer, syntax model).
/// </summary>
public static class EngineVersion
{
    private static readonly Lazy<string> Computed = new(Compute);

    /// <summary>E.g. "1.0.0+3f2a9c1d.8b0e4471"; at most 50 characters (the column's length).</summary>
    public static string Current => Computed.Value;

    private static string Compute()
    {
        var assembly = typeof(EngineVersion).Assembly;
        var version = assembly.GetName().Version ?? new Version(0, 0, 0);
        var code = Convert.ToHexStringLower(assembly.ManifestModule.ModuleVersionId.ToByteArray())[..8];
        return $"{version.Major}.{version.Minor}.{version.Build}+{code}.{DataHash(assembly)[..8]}";
    }

    /// <summary>SHA-256 (hex) over the embedded resources in ordinal name order.</summary>
    public static string DataHash(Assembly assembly)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            using var stream = assembly.GetManifestResourceStream(name)!;
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
