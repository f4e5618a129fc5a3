using System.Security.Cryptography;
using System.Text.Json;
using NewsEvents.Api.Events;
using NewsEvents.Api.Infrastructure;

namespace NewsEvents.Api.Tests.Reliability;

public sealed class JsonHashTests
{
    // An event reported by thousands of articles: its JSON is well over a megabyte.
    private static EventDetail WidelyReported(int articles) => new(
        7, "Battles", "Armed clash", new DateOnly(2025, 5, 1), null, "day", 4, "Two patrols exchanged fire near a river crossing.", 0.8,
        new DateTime(2025, 5, 2, 0, 0, 0, DateTimeKind.Utc), null, [], [], [],
        Enumerable.Range(1, articles).Select(i => new EventArticleItem(i, $"https://news.example.org/river/{i}", "Example Wire",
            $"Patrols clash at the crossing, report {i}", new DateOnly(2025, 5, 1), i % 5,
            $"Report {i} says two patrols exchanged fire near the crossing and four people died.", [i, i + 40])).ToList(), articles, 1, articles);

    [Fact]
    public void TheStreamedHashIsTheHashOfTheWholeJson()
    {
        var detail = WidelyReported(4_000);
        var json = JsonSerializer.SerializeToUtf8Bytes(detail, JsonDefaults.Web);
        Assert.True(json.Length > 1_000_000);

        Assert.Equal(SHA256.HashData(json), JsonHash.Sha256(detail, JsonDefaults.Web));
    }

    [Fact]
    public void HashingAMegabyteOfJsonDoesNotBufferIt()
    {
        var detail = WidelyReported(4_000);
        JsonHash.Sha256(detail, JsonDefaults.Web);   // warm: the serializer's metadata is built once

        var before = GC.GetAllocatedBytesForCurrentThread();
        JsonHash.Sha256(detail, JsonDefaults.Web);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Buffered whole, the JSON alone would be over 1,000,000 bytes (twice, with the copy).
        Assert.InRange(allocated, 0, 100_000);
    }
}
