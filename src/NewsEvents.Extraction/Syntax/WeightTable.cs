using System.Runtime.CompilerServices;

namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// The averaged perceptron's weights, read-only: an open-addressing table from feature hash to a sparse row of
/// (class, weight) pairs. Weights are quantised to 24-bit integers and packed with their class into one int, so a row
/// is one run of ints beside its length and scoring is integer adds, allocation-free and safe from any thread.
/// </summary>
internal sealed class WeightTable
{
    /// <summary>Largest quantised weight; 2^20 leaves room for hundreds of features in an int score.</summary>
    public const int QuantMax = (1 << 20) - 1;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly int[] _entries; // at a slot's Start: the row length, then (weight << 8 | class) per entry
    private int _used;               // entries filled while loading

    private struct Slot
    {
        public uint Key;
        public int Start;
    }

    public int ClassCount { get; }
    public int FeatureCount { get; }
    public int EntryCount => _entries.Length - FeatureCount;

    /// <summary>Bytes held by the table (slots and rows).</summary>
    public long Bytes => (long)_slots.Length * 8 + (long)_entries.Length * 4;

    /// <param name="rows">Features in any order, each with its non-zero (class, quantised weight) pairs.</param>
    public WeightTable(int classCount, IReadOnlyList<(uint Key, (byte Class, int Weight)[] Row)> rows)
        : this(classCount, rows.Count, rows.Sum(r => r.Row.Length))
    {
        foreach (var (key, row) in rows)
        {
            var at = Add(key, row.Length);
            foreach (var (cls, w) in row) _entries[at++] = Pack(cls, w);
        }
    }

    private WeightTable(int classCount, int features, int entries)
    {
        if (classCount is <= 0 or > 256) throw new ArgumentOutOfRangeException(nameof(classCount), "1 to 256 classes fit in a packed entry");
        ClassCount = classCount;
        FeatureCount = features;
        var size = 16;
        while (size < features * 2) size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        _entries = new int[features + entries];
    }

    // Claims a slot and room for a row; returns where the row's entries go.
    private int Add(uint key, int length)
    {
        if (key == 0) throw new ArgumentException("feature hash 0 is reserved for empty slots");
        var i = (int)key & _mask;
        while (_slots[i].Key != 0)
        {
            if (_slots[i].Key == key) throw new ArgumentException($"feature {key} appears twice");
            i = (i + 1) & _mask;
        }
        _slots[i] = new Slot { Key = key, Start = _used };
        _entries[_used] = length;
        _used += 1 + length;
        return _used - length;
    }

    private int Pack(byte cls, int w)
    {
        if (cls >= ClassCount || w < -QuantMax || w > QuantMax) throw new ArgumentException($"entry ({cls}, {w}) out of range");
        return (w << 8) | cls;
    }

    /// <summary>Adds every known feature's row into <paramref name="scores"/> (which is cleared first).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<int> scores)
    {
        scores[..ClassCount].Clear();
        ref var slots = ref _slots[0];
        var entries = _entries;
        foreach (var key in features)
        {
            var i = (int)key & _mask;
            while (true)
            {
                var slot = Unsafe.Add(ref slots, i);
                if (slot.Key == key)
                {
                    var start = slot.Start;
                    var end = start + entries[start];
                    for (var j = start + 1; j <= end; j++)
                    {
                        var e = entries[j];
                        scores[e & 0xFF] += e >> 8;
                    }
                    break;
                }
                if (slot.Key == 0) break;
                i = (i + 1) & _mask;
            }
        }
    }

    /// <summary>The same table without entries smaller than <paramref name="minAbs"/> (and features left empty).</summary>
    public WeightTable Pruned(int minAbs) => new(ClassCount, Rows()
        .Select(r => (r.Key, r.Row.Where(e => Math.Abs(e.Weight) >= minAbs).ToArray()))
        .Where(r => r.Item2.Length > 0).ToList());

    /// <summary>Every feature with its row, in key order (for writing and for tests).</summary>
    public IEnumerable<(uint Key, (byte Class, int Weight)[] Row)> Rows()
    {
        foreach (var s in _slots.Where(s => s.Key != 0).OrderBy(s => s.Key))
        {
            var row = new (byte, int)[_entries[s.Start]];
            for (var j = 0; j < row.Length; j++)
            {
                var e = _entries[s.Start + 1 + j];
                row[j] = ((byte)(e & 0xFF), e >> 8);
            }
            yield return (s.Key, row);
        }
    }

    // Keys ascend, so they are written as varint gaps; rows as (class, zig-zag varint weight). Gzip does the rest.
    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(FeatureCount);
        w.Write(EntryCount);
        uint last = 0;
        foreach (var (key, row) in Rows())
        {
            w.Write7BitEncodedInt((int)(key - last));
            last = key;
            w.Write7BitEncodedInt(row.Length);
            foreach (var (cls, weight) in row)
            {
                w.Write(cls);
                w.Write7BitEncodedInt((weight << 1) ^ (weight >> 31));
            }
        }
    }

    public static WeightTable Read(BinaryReader r)
    {
        var classCount = r.ReadInt32();
        var features = r.ReadInt32();
        var entries = r.ReadInt32();
        if (classCount is <= 0 or > 256 || features < 0 || entries < 0 || features > 50_000_000 || entries > 200_000_000)
            throw new InvalidDataException($"Syntax model: weight table with {classCount} classes, {features} features and {entries} weights");
        var table = new WeightTable(classCount, features, entries);
        uint key = 0;
        for (var f = 0; f < features; f++)
        {
            key += (uint)r.Read7BitEncodedInt();
            var length = r.Read7BitEncodedInt();
            if (length < 0 || table._used + 1 + length > table._entries.Length) throw new InvalidDataException("Syntax model: weight rows overrun their table");
            var at = table.Add(key, length);
            for (var j = 0; j < length; j++)
            {
                var cls = r.ReadByte();
                var z = (uint)r.Read7BitEncodedInt();
                table._entries[at + j] = table.Pack(cls, (int)(z >> 1) ^ -(int)(z & 1));
            }
        }
        if (table._used != table._entries.Length) throw new InvalidDataException("Syntax model: weight table shorter than announced");
        return table;
    }
}
