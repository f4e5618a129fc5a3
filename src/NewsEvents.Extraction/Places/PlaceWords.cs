using System.Collections.Frozen;

namespace NewsEvents.Extraction.Places;

/// <summary>The word lists of Resources/places/words.tsv (stop names, place cues, titles...), as frozen sets.</summary>
public sealed class PlaceWords
{
    // one property per list, filled once: the sets are read for every token, so no look-up by list name on the hot path
    private PlaceWords(FrozenDictionary<string, FrozenSet<string>> lists)
    {
        Stop = Get(lists, "stop");
        Prepositions = Get(lists, "prep");
        Directions = Get(lists, "direction");
        PlaceNouns = Get(lists, "placenoun");
        Regions = Get(lists, "region");
        PluralRegions = Get(lists, "regions");
        Areas = Get(lists, "area");
        Facilities = Get(lists, "facility");
        Parts = Get(lists, "part");
        Prefixes = Get(lists, "prefix");
        Speech = Get(lists, "speech");
        Titles = Get(lists, "title");
        Organisations = Get(lists, "org");
        Connectors = Get(lists, "connector");
        Modifiers = Get(lists, "modifier");
        NotPlaces = Get(lists, "notplace");
        PlaceVerbs = Get(lists, "placeverb");
        SeatUnits = Get(lists, "seatunit");
        UnitsBefore = Get(lists, "unitbefore");
    }

    public FrozenSet<string> Stop { get; }
    public FrozenSet<string> Prepositions { get; }
    public FrozenSet<string> Directions { get; }
    public FrozenSet<string> PlaceNouns { get; }
    public FrozenSet<string> Regions { get; }
    /// <summary>Region words of units below admin-1 that take their seat town's name ("X district", "X county").</summary>
    public FrozenSet<string> SeatUnits { get; }
    /// <summary>Local units written lower-case right before their name ("tambon Kasoh", "amphoe Lupong").</summary>
    public FrozenSet<string> UnitsBefore { get; }
    public FrozenSet<string> PluralRegions { get; }
    public FrozenSet<string> Areas { get; }
    public FrozenSet<string> Facilities { get; }
    public FrozenSet<string> Parts { get; }
    public FrozenSet<string> Prefixes { get; }
    public FrozenSet<string> Speech { get; }
    public FrozenSet<string> Titles { get; }
    public FrozenSet<string> Organisations { get; }
    public FrozenSet<string> Connectors { get; }
    public FrozenSet<string> Modifiers { get; }
    public FrozenSet<string> NotPlaces { get; }
    public FrozenSet<string> PlaceVerbs { get; }

    private static FrozenSet<string> Get(FrozenDictionary<string, FrozenSet<string>> lists, string list) =>
        lists.TryGetValue(list, out var set) ? set : FrozenSet<string>.Empty;

    public static PlaceWords Load()
    {
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in ResourceFiles.ReadLines("places/words.tsv"))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            if (tab < 0) continue;
            var name = line[..tab];
            if (!lists.TryGetValue(name, out var set)) lists[name] = set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)) set.Add(w);
        }
        return new PlaceWords(lists.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }
}
