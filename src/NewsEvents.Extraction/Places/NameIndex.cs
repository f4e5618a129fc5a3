namespace NewsEvents.Extraction.Places;

/// <summary>
/// Name key -> gazetteer entry ids. Most keys name one place, so the map holds the id itself and only shared names
/// (Tripoli LY/LB) point into an overflow list: half a million keys load in a fraction of the time and memory that
/// one array per key (or a frozen dictionary) would take. Read-only after loading, hence safe to share across threads.
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, int> _map;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<int[]> _shared = [];

    public NameIndex(int capacity)
    {
        _map = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _bySpan = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _map.Count;

    public IEnumerable<string> Keys => _map.Keys;

    internal void Add(string key, int id)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_map, key, out var exists);
        Put(ref slot, exists, id);
    }

    /// <summary>Adds from a slice of a loaded line; the key string is only allocated when the key is new.</summary>
    internal void Add(ReadOnlySpan<char> key, int id)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_bySpan, key, out var exists);
        Put(ref slot, exists, id);
    }

    private void Put(ref int slot, bool exists, int id)
    {
        if (!exists) { slot = id; return; }
        if (slot >= 0)
        {
            if (slot == id) return;
            _shared.Add([slot, id]);
            slot = -_shared.Count;
            return;
        }
        var ids = _shared[-slot - 1];
        if (Array.IndexOf(ids, id) >= 0) return;
        Array.Resize(ref ids, ids.Length + 1);
        ids[^1] = id;
        _shared[-slot - 1] = ids;
    }

    public int[]? Find(ReadOnlySpan<char> key) => _bySpan.TryGetValue(key, out var slot) ? Ids(slot) : null;

    public int[]? Find(string key) => _map.TryGetValue(key, out var slot) ? Ids(slot) : null;

    private int[] Ids(int slot) => slot >= 0 ? [slot] : _shared[-slot - 1];
}
