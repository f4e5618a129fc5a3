using System.Collections.Frozen;
using System.Reflection;

namespace NewsEvents.Api.Events.Acled;

/// <summary>A country as ACLED names and places it, with its ISO 3166-1 numeric and alpha-3 codes.</summary>
public sealed record AcledCountry(string Iso2, int? IsoNumeric, string Iso3, string Name, string Region);

/// <summary>The table in acled-countries.tsv (built by tools/acled/build_countries.py), loaded once.</summary>
public static class AcledCountries
{
    private static readonly Lazy<FrozenDictionary<string, AcledCountry>> Table = new(Load);

    public static AcledCountry? Find(string? iso2) => iso2 is null ? null : Table.Value.GetValueOrDefault(iso2);

    private static FrozenDictionary<string, AcledCountry> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("acled-countries.tsv")
            ?? throw new InvalidOperationException("acled-countries.tsv is not embedded in the API assembly.");
        using var reader = new StreamReader(stream);
        var countries = new Dictionary<string, AcledCountry>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            countries[f[0]] = new(f[0], int.TryParse(f[1], out var numeric) ? numeric : null, f[2], f[3], f[4]);
        }
        return countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
