using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// The 32-bit hashes that name features. They must be the same in every process (the model file stores them), so
/// string.GetHashCode, which is randomised per process, is never used.
/// </summary>
internal static class FeatureHash
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>Hash of a feature: its template and up to three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(int template, uint a) => Finish(Combine(Seed(template), a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(int template, uint a, uint b) => Finish(Combine(Combine(Seed(template), a), b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(int template, uint a, uint b, uint c) => Finish(Combine(Combine(Combine(Seed(template), a), b), c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Seed(int template) => (uint)template * 0x9E3779B1u + 0x7F4A7C15u;

    // murmur3's block mix and finaliser
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Combine(uint h, uint v)
    {
        v *= 0xcc9e2d51u;
        v = BitOperations.RotateLeft(v, 15);
        v *= 0x1b873593u;
        h ^= v;
        h = BitOperations.RotateLeft(h, 13);
        return h * 5 + 0xe6546b64u;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return h == 0 ? 1u : h; // 0 marks an empty slot in the weight table
    }

    /// <summary>FNV-1a over characters; the start of a string hash that <see cref="Add"/> extends.</summary>
    public const uint Empty = FnvOffset;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Add(uint h, char c) => (h ^ c) * FnvPrime;

    public static uint String(ReadOnlySpan<char> s)
    {
        var h = Empty;
        foreach (var c in s) h = Add(h, c);
        return h;
    }
}
