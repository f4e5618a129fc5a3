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
    {
        if (classCount > 256) throw new ArgumentOutOfRangeException(nameof(classCount), "at most 256 classes fit in a packed entry");
        ClassCount = classCount;
        FeatureCount = rows.Count;
        var size = 16;
        while (size < rows.Count * 2) size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        var total = 0;
        foreach (var r in rows) total += 1 + r.Row.Length;
        _entries = new int[total];
        var at = 0;
        foreach (var (key, row) in rows)
        {
            if (key == 0) throw new ArgumentException("feature hash 0 is reserved for empty slots");
            var i = (int)key & _mask;
            while (_slots[i].Key != 0)
            {
                if (_slots[i].Key == key) throw new ArgumentException($"feature {key} appears twice");
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot { Key = key, Start = at };
            _entries[at++] = row.Length;
            foreach (var (cls, w) in row)
            {
                if (cls >= classCount || w < -QuantMax || w > QuantMax) throw new ArgumentException($"entry ({cls}, {w}) out of range");
                _entries[at++] = (w << 8) | cls;
            }
        }
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
        var count = r.ReadInt32();
        if (classCount is <= 0 or > 256 || count < 0) throw new InvalidDataException($"weight table with {classCount} classes and {count} features");
        var rows = new (uint, (byte, int)[])[count];
        uint key = 0;
        for (var f = 0; f < count; f++)
        {
            key += (uint)r.Read7BitEncodedInt();
            var row = new (byte, int)[r.Read7BitEncodedInt()];
            for (var j = 0; j < row.Length; j++)
            {
                var cls = r.ReadByte();
                var z = (uint)r.Read7BitEncodedInt();
                row[j] = (cls, (int)(z >> 1) ^ -(int)(z & 1));
            }
            rows[f] = (key, row);
        }
        return new WeightTable(classCount, rows);
    }
}
