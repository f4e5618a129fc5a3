using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// The averaged perceptron's weights, read-only: a hash table from feature hash to a sparse row of (class, weight)
/// pairs. A slot is one uint: 8 bits of the key as a fingerprint and a 24-bit offset into one int heap where the
/// row lies as [key, length, entries...]; an entry packs a quantised weight with its class. Unknown features,
/// most of those asked at run time, are mostly turned away by the fingerprint without touching the heap. Scoring is
/// integer adds, allocation-free and safe from any thread.
/// Rows of <see cref="DenseFrom"/> entries or more (the frequent features, which most look-ups that hit land on)
/// are laid out dense instead, one weight per class, and added with vector instructions: in a parse they carry
/// most of the entries added, and scattered one by one they were most of the parser's time.
/// </summary>
internal sealed class WeightTable
{
    /// <summary>Largest quantised weight; 2^20 leaves room for hundreds of features in an int score.</summary>
    public const int QuantMax = (1 << 20) - 1;

    /// <summary>Rows with at least this many entries are stored dense.</summary>
    public const int DenseFrom = 16;

    private const int OffsetBits = 24, OffsetMask = (1 << OffsetBits) - 1;
    private const int Dense = -1; // in a row's length cell: Width weights follow, one per class

    private readonly uint[] _slots;
    private readonly int _mask;
    private readonly int[] _heap; // heap[0] unused, so that a slot of 0 means empty
    private int _used = 1;

    public int ClassCount { get; }
    public int FeatureCount { get; }
    public int EntryCount { get; }

    /// <summary>Weights in a dense row: the classes rounded up to whole vectors of any width up to 512 bits.</summary>
    private int Width => WidthOf(ClassCount);

    private static int WidthOf(int classCount) => (classCount + 15) & ~15;

    /// <summary>The length <see cref="Score"/> needs of its scores: the classes and a dense row's padding.</summary>
    public int ScoreLength => Width;

    /// <summary>Bytes held by the table (slots and heap).</summary>
    public long Bytes => (long)_slots.Length * 4 + (long)_heap.Length * 4;

    /// <param name="rows">Features in any order, each with its non-zero (class, quantised weight) pairs.</param>
    public WeightTable(int classCount, IReadOnlyList<(uint Key, (byte Class, int Weight)[] Row)> rows)
        : this(classCount, rows.Count, rows.Sum(r => r.Row.Length), rows.Sum(r => (long)Cells(classCount, r.Row.Length)))
    {
        foreach (var (key, row) in rows)
        {
            Fill(Add(key, row.Length), row.Select(e => Pack(classCount, e.Class, e.Weight)).ToArray());
        }
    }

    private WeightTable(int classCount, int features, int entries, long cells)
    {
        if (classCount is <= 0 or > 256) throw new ArgumentOutOfRangeException(nameof(classCount), "1 to 256 classes fit in a packed entry");
        var heap = 1L + 2L * features + cells;
        if (heap > OffsetMask) throw new ArgumentOutOfRangeException(nameof(entries), $"{heap} heap cells do not fit {OffsetBits}-bit offsets");
        ClassCount = classCount;
        FeatureCount = features;
        EntryCount = entries;
        var size = 16;
        while (size < features + features / 2) size <<= 1; // at most two thirds full
        _slots = new uint[size];
        _mask = size - 1;
        _heap = new int[heap];
    }

    // Heap cells of a row's entries: packed (class, weight) pairs, or one weight per class when dense.
    private static int Cells(int classCount, int length) => length >= DenseFrom ? WidthOf(classCount) : length;

    // Claims a slot and heap room for a row; returns where the row's entries go.
    private int Add(uint key, int length)
    {
        if (Find(key) != 0) throw new ArgumentException($"feature {key} appears twice");
        var i = (int)key & _mask;
        while (_slots[i] != 0) i = (i + 1) & _mask;
        _slots[i] = (key & ~(uint)OffsetMask) | (uint)_used;
        var cells = Cells(ClassCount, length);
        _heap[_used] = (int)key;
        _heap[_used + 1] = length >= DenseFrom ? Dense : length;
        _used += 2 + cells;
        return _used - cells;
    }

    // Lays out a row's packed entries at `at`, by class when the row is dense.
    private void Fill(int at, ReadOnlySpan<int> packed)
    {
        if (packed.Length < DenseFrom)
        {
            packed.CopyTo(_heap.AsSpan(at));
            return;
        }
        foreach (var e in packed)
        {
            // a zero weight would vanish from a dense row, and a class twice would be summed: neither comes from training
            if (e >> 8 == 0 || _heap[at + (e & 0xFF)] != 0) throw new ArgumentException($"entry ({e & 0xFF}, {e >> 8}) cannot be laid out dense");
            _heap[at + (e & 0xFF)] = e >> 8;
        }
    }

    private static int Pack(int classCount, byte cls, int w)
    {
        if (cls >= classCount || w < -QuantMax || w > QuantMax) throw new ArgumentException($"entry ({cls}, {w}) out of range");
        return (w << 8) | cls;
    }

    /// <summary>Heap offset of the feature's row, or 0.</summary>
    private int Find(uint key)
    {
        var fingerprint = key & ~(uint)OffsetMask;
        for (var i = (int)key & _mask; ; i = (i + 1) & _mask)
        {
            var slot = _slots[i];
            if (slot == 0) return 0;
            var at = (int)(slot & OffsetMask);
            if ((slot & ~(uint)OffsetMask) == fingerprint && (uint)_heap[at] == key) return at;
        }
    }

    /// <summary>Adds every known feature's row into <paramref name="scores"/> (which is cleared first).</summary>
    /// <param name="scores">At least <see cref="ScoreLength"/> long; the classes' scores are its first <see cref="ClassCount"/>.</param>
    public void Score(ReadOnlySpan<uint> features, Span<int> scores)
    {
        var width = Width;
        if (scores.Length < width) throw new ArgumentException($"scores must hold {width} values", nameof(scores));
        scores[..width].Clear();
        // Most look-ups miss the cache. Each phase reads for every feature before the next phase uses what it read,
        // so that many misses are in flight at once instead of one after another.
        ref var slots = ref _slots[0];
        var heap = _heap;
        Span<uint> home = stackalloc uint[features.Length];
        for (var j = 0; j < features.Length; j++) home[j] = Unsafe.Add(ref slots, (int)features[j] & _mask);

        Span<int> at = stackalloc int[features.Length];
        for (var j = 0; j < features.Length; j++)
        {
            var key = features[j];
            var fingerprint = key & ~(uint)OffsetMask;
            var slot = home[j];
            var i = (int)key & _mask;
            while (slot != 0 && (slot & ~(uint)OffsetMask) != fingerprint)
            {
                i = (i + 1) & _mask;
                slot = Unsafe.Add(ref slots, i);
            }
            at[j] = (int)(slot & OffsetMask); // 0 when absent; else a candidate, checked below
        }

        Span<uint> found = stackalloc uint[features.Length];
        for (var j = 0; j < features.Length; j++) found[j] = (uint)heap[at[j]];

        ref var score = ref MemoryMarshal.GetReference(scores);
        ref var cells = ref MemoryMarshal.GetArrayDataReference(heap);
        for (var j = 0; j < features.Length; j++)
        {
            var start = at[j];
            if (start == 0) continue;
            if (found[j] != features[j] && (start = Find(features[j])) == 0) continue; // fingerprints met by chance
            var length = heap[start + 1];
            ref var row = ref Unsafe.Add(ref cells, start + 2);
            if (length == Dense)
            {
                for (var c = 0; c < width; c += Vector<int>.Count)
                    (Vector.LoadUnsafe(ref score, (nuint)c) + Vector.LoadUnsafe(ref row, (nuint)c)).StoreUnsafe(ref score, (nuint)c);
                continue;
            }
            for (var e = 0; e < length; e++)
            {
                var entry = Unsafe.Add(ref row, e); // offsets and classes were range-checked when the table was built
                Unsafe.Add(ref score, entry & 0xFF) += entry >> 8;
            }
        }
    }

    /// <summary>The same table without entries smaller than <paramref name="minAbs"/> (and features left empty).</summary>
    public WeightTable Pruned(int minAbs) => new(ClassCount, Rows()
        .Select(r => (r.Key, r.Row.Where(e => Math.Abs(e.Weight) >= minAbs).ToArray()))
        .Where(r => r.Item2.Length > 0).ToList());

    /// <summary>Every feature with its row, in key order, classes ascending in a dense row (for writing and for tests).</summary>
    public IEnumerable<(uint Key, (byte Class, int Weight)[] Row)> Rows()
    {
        foreach (var at in _slots.Where(s => s != 0).Select(s => (int)(s & OffsetMask)).OrderBy(at => (uint)_heap[at]))
        {
            var length = _heap[at + 1];
            var cells = _heap.AsSpan(at + 2, length == Dense ? Width : length).ToArray();
            var row = length == Dense
                ? Enumerable.Range(0, ClassCount).Where(c => cells[c] != 0).Select(c => ((byte)c, cells[c])).ToArray()
                : cells.Select(e => ((byte)(e & 0xFF), e >> 8)).ToArray();
            yield return ((uint)_heap[at], row);
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
        if (classCount is <= 0 or > 256 || features < 0 || entries < 0 || features > 8_000_000 || entries > 16_000_000)
            throw new InvalidDataException($"Syntax model: weight table with {classCount} classes, {features} features and {entries} weights");
        // Rows are read whole first: how much heap a row takes depends on its length, known only once read.
        var keys = new uint[features];
        var lengths = new int[features];
        var packed = new int[entries];
        var used = 0;
        var cells = 0L;
        uint key = 0;
        for (var f = 0; f < features; f++)
        {
            key += (uint)r.Read7BitEncodedInt();
            var length = r.Read7BitEncodedInt();
            if (length < 0 || used + length > entries) throw new InvalidDataException("Syntax model: weight rows overrun their table");
            (keys[f], lengths[f]) = (key, length);
            cells += Cells(classCount, length);
            for (var j = 0; j < length; j++)
            {
                var cls = r.ReadByte();
                var z = (uint)r.Read7BitEncodedInt();
                packed[used++] = Pack(classCount, cls, (int)(z >> 1) ^ -(int)(z & 1));
            }
        }
        if (used != entries) throw new InvalidDataException("Syntax model: weight table shorter than announced");
        var table = new WeightTable(classCount, features, entries, cells);
        used = 0;
        for (var f = 0; f < features; f++)
        {
            table.Fill(table.Add(keys[f], lengths[f]), packed.AsSpan(used, lengths[f]));
            used += lengths[f];
        }
        return table;
    }
}
