using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;
using NewsEvents.Data;

namespace NewsEvents.Api.Events;

/// <summary>
/// The answers of GET /api/events/points, one per filter, served again while the events and places read as they did
/// when it was built (<see cref="EventsVersion"/>). Every dashboard visit asks for the same few filters; building
/// 10,000 points took 30-90 ms in the handler (docs/benchmarks.md), reading the version is one short query.
/// </summary>
/// <remarks>
/// Bounded twice: <see cref="MaxBytes"/> in all (an estimate from the arrays, the largest answer about 2 MB), and
/// <see cref="Lifetime"/> for each answer, which bounds what <see cref="EventsVersion"/> cannot see (a writer whose
/// clock lags the newest UpdatedAt). Two requests that miss at once both build the answer; the second one's is kept.
/// </remarks>
public sealed class PointsCache : IDisposable
{
    public const long MaxBytes = 32L * 1024 * 1024;
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    // A new build may shape the answer differently under the same data: its tags must not match the old build's.
    private static readonly string Build = typeof(EventPoints).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = MaxBytes, CompactionPercentage = 0.25 });

    /// <summary>The filter, normalised (as parsed, so that "SD" and "sd " are one entry), and the data's current version.</summary>
    public sealed record Current(string Filter, string Version, EntityTagHeaderValue Tag);

    public static async Task<Current> ReadAsync(EventFilter filter, NewsEventsDbContext db, CancellationToken ct)
    {
        // Read before the points: an answer built from newer data than its version is harmless, never the reverse.
        var version = await EventsVersion.ReadAsync(db, ct);
        var key = JsonSerializer.Serialize(filter);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Build}\n{key}\n{version}"));
        return new Current(key, version, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash, 0, 16)}\""));
    }

    public async Task<EventPoints> GetAsync(Current current, Func<CancellationToken, Task<EventPoints>> build, CancellationToken ct)
    {
        if (_answers.TryGetValue(current.Filter, out Entry? kept) && kept!.Version == current.Version) return kept.Points;
        var points = await build(ct);
        _answers.Set(current.Filter, new Entry(current.Version, points),
            new MemoryCacheEntryOptions { Size = Bytes(points), AbsoluteExpirationRelativeToNow = Lifetime });
        return points;
    }

    /// <summary>The arrays' payload (id, lat, lon 8 bytes each, type 4, fatalities 8, approximate 1) and the type names.</summary>
    internal static long Bytes(EventPoints points) => 256 + 37L * points.Count + points.Types.Sum(t => 64L + 2 * t.Length);

    public void Dispose() => _answers.Dispose();

    private sealed record Entry(string Version, EventPoints Points);
}
