using System.Collections.Frozen;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// Countries, admin-1 regions and GeoNames populated places, indexed by exact name key and by transliteration skeleton
/// (see <see cref="NameKey"/>). Loaded once from Resources/places (built by tools/gazetteer); immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    internal Gazetteer(List<GazetteerEntry> entries, TokenTrie<int> exact, NameIndex skeletons,
        Dictionary<string, string> demonyms, Dictionary<string, string[]> borders)
    {
        Entries = entries;
        Exact = exact;
        Skeletons = skeletons;
        Demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        Borders = borders.ToFrozenDictionary(StringComparer.Ordinal);
        var regions = new Dictionary<(string, string), int>();
        for (var i = 0; i < entries.Count; i++)
            if (entries[i].Level == PlaceLevel.Admin1) regions.TryAdd((entries[i].Country, entries[i].Name), i);
        RegionsByName = regions.ToFrozenDictionary();
        SeatsByRegion = RegionSeatIndex(entries);
        MaxWords = exact.MaxLength;
    }

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>
    /// Name keys, word by word, -> entry indices (several when a name is shared: Tripoli LY and LB): the same token trie
    /// as every other lexicon, so a scan walks it a word at a time and stops as soon as no name goes on.
    /// </summary>
    public TokenTrie<int> Exact { get; }

    /// <summary>Skeleton -> entry indices of populated places and regions, for the transliteration fallback.</summary>
    public NameIndex Skeletons { get; }

    /// <summary>True when <paramref name="key"/> is one of a place's alternate names, not its own: "Sana" for Sanaa.</summary>
    public bool IsAlternateName(int id, string key)
    {
        var e = Entries[id];
        return e.Level == PlaceLevel.PopulatedPlace && key != e.NameKey && key != e.AsciiKey;
    }

    /// <summary>Demonym key ("syrian") -> ISO2: evidence for the article's country, never a place mention.</summary>
    public FrozenDictionary<string, string> Demonyms { get; }

    /// <summary>ISO2 -> bordering countries' ISO2.</summary>
    public FrozenDictionary<string, string[]> Borders { get; }

    /// <summary>(ISO2, region name) -> index of the admin-1 entry.</summary>
    public FrozenDictionary<(string Country, string Name), int> RegionsByName { get; }

    /// <summary>(ISO2, region name) -> index of the region's seat: its PPLA, else the capital when it lies there.</summary>
    public FrozenDictionary<(string Country, string Region), int> SeatsByRegion { get; }

    /// <summary>The longest name in words; bounds the longest-match scan.</summary>
    public int MaxWords { get; }

    public int[]? Find(ReadOnlySpan<char> exactKey) => Exact.Find(exactKey);

    public bool AreNeighbours(string a, string b) => a == b || (Borders.TryGetValue(a, out var list) && Array.IndexOf(list, b) >= 0);

    // A region has one PPLA in GeoNames; where a build merged two, the more populous is the seat a report means.
    private static FrozenDictionary<(string, string), int> RegionSeatIndex(List<GazetteerEntry> entries)
    {
        var seats = new Dictionary<(string, string), int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Level != PlaceLevel.PopulatedPlace || e.Admin1 is null || e.FeatureCode is not ("PPLA" or "PPLC")) continue;
            var key = (e.Country, e.Admin1);
            if (!seats.TryGetValue(key, out var j) || Rank(e) > Rank(entries[j])) seats[key] = i;
        }
        return seats.ToFrozenDictionary();

        // a capital that lies in a region with a seat of its own (rare) does not displace that seat
        static long Rank(GazetteerEntry e) => (e.FeatureCode == "PPLA" ? 1L << 40 : 0) + e.Population;
    }

    private static Gazetteer? _default;
    private static readonly Lock LoadLock = new();

    /// <summary>The embedded gazetteer, loaded on first use and shared.</summary>
    public static Gazetteer Default
    {
        get
        {
            lock (LoadLock) return _default ??= GazetteerLoader.Load();
        }
    }
}
