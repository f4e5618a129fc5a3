using System.Globalization;
using System.IO.Compression;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// Reads the three gazetteer files of Resources/places into a <see cref="Gazetteer"/>. Places arrive with their keys
/// and skeletons already computed by tools/gazetteer/build.py, so loading is splitting and indexing, no folding.
/// </summary>
internal sealed class GazetteerLoader
{
    private readonly List<GazetteerEntry> _entries = new(270_000);
    // sized for the shipped files (about 400,000 words over 630,000 edges), so loading never rehashes
    private readonly TokenTrie<int> _exact = new(words: 420_000, edges: 660_000);
    private readonly NameIndex _skeletons = new(300_000);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _borders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringsBySpan;

    private GazetteerLoader() => _stringsBySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Gazetteer Load()
    {
        var loader = new GazetteerLoader();
        loader.LoadCountries();
        loader.LoadRegions();
        loader.LoadPlaces();
        loader._exact.TrimExcess();
        return new Gazetteer(loader._entries, loader._exact, loader._skeletons, loader._demonyms, loader._borders);
    }

    private void LoadCountries()
    {
        foreach (var line in ResourceFiles.ReadLines("places/countries.tsv"))
        {
            if (line.StartsWith('#')) continue;
            var f = line.Split('\t');
            var id = Add(new GazetteerEntry(null, f[1], f[0], null, Num(f[2]), Num(f[3]), 0, PlaceLevel.Country, ""));
            _borders[f[0]] = f[5].Length == 0 ? [] : f[5].Split(',');
            foreach (var alias in f[6].Split('|', StringSplitOptions.RemoveEmptyEntries)) IndexName(NameKey.Exact(alias), id, skeleton: false);
            foreach (var demonym in f[7].Split('|', StringSplitOptions.RemoveEmptyEntries)) _demonyms.TryAdd(demonym, f[0]);
        }
    }

    private void LoadRegions()
    {
        foreach (var line in ResourceFiles.ReadLines("places/admin1.tsv"))
        {
            if (line.StartsWith('#')) continue;
            var f = line.Split('\t');
            var name = Intern(f[2]);
            var id = Add(new GazetteerEntry(null, name, Intern(f[0]), name, Num(f[3]), Num(f[4]), 0, PlaceLevel.Admin1, ""));
            foreach (var alias in f[5].Split('|', StringSplitOptions.RemoveEmptyEntries)) IndexName(NameKey.Exact(alias), id, skeleton: true);
        }
    }

    // runs once over 200,000 lines: compile it optimised at once rather than tier up mid-loop
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    // columns: geonameId, name, nameKeys, alternateKeys, skeletons, iso2, admin1, lat, lon, population, featureCode, admin2
    private void LoadPlaces()
    {
        using var gz = new GZipStream(ResourceFiles.Open("places/places.tsv.gz"), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, bufferSize: 1 << 16);
        Span<Range> f = stackalloc Range[13];
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            var s = line.AsSpan();
            var columns = s.Split(f, '\t');
            if (columns < 11) continue;
            var admin2 = columns > 11 && !s[f[11]].IsEmpty ? Intern(s[f[11]]) : null;
            var nameKeys = line[f[2]];
            var bar = nameKeys.IndexOf('|');
            var nameKey = bar < 0 ? nameKeys : nameKeys[..bar];
            var asciiKey = bar < 0 ? null : nameKeys[(bar + 1)..];
            var id = Add(new GazetteerEntry(int.Parse(s[f[0]], CultureInfo.InvariantCulture), line[f[1]], Intern(s[f[5]]),
                s[f[6]].IsEmpty ? null : Intern(s[f[6]]), Num(s[f[7]]), Num(s[f[8]]),
                int.TryParse(s[f[9]], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop) ? pop : 0,
                PlaceLevel.PopulatedPlace, Intern(s[f[10]]), nameKey, asciiKey, admin2));
            _exact.AddJoined(nameKey, id);
            if (asciiKey is not null) _exact.AddJoined(asciiKey, id);
            foreach (var r in s[f[3]].Split('|')) if (!s[f[3]][r].IsEmpty) _exact.AddJoined(s[f[3]][r], id);
            foreach (var r in s[f[4]].Split('|')) if (!s[f[4]][r].IsEmpty) _skeletons.Add(s[f[4]][r], id);
        }
    }

    private void IndexName(string key, int id, bool skeleton)
    {
        if (key.Length == 0) return;
        _exact.AddJoined(key, id);
        if (!skeleton) return;
        var sk = NameKey.Skeleton(key);
        if (NameKey.Consonants(sk) >= 3) _skeletons.Add(sk, id);
    }

    private int Add(GazetteerEntry entry)
    {
        _entries.Add(entry);
        return _entries.Count - 1;
    }

    private string Intern(ReadOnlySpan<char> s)
    {
        if (_stringsBySpan.TryGetValue(s, out var existing)) return existing;
        var str = s.ToString();
        _strings[str] = str;
        return str;
    }

    private static double? Num(ReadOnlySpan<char> s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
