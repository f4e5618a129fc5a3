using System.Security.Cryptography;
using System.Text.Json;

namespace NewsEvents.Api.Infrastructure;

/// <summary>The SHA-256 of a value's JSON, hashed while it is written.</summary>
/// <remarks>
/// Serializing to a byte array first held the whole representation twice (the growing buffer and its copy): for an
/// event that thousands of articles report, arrays of several hundred KB on the large-object heap at every read,
/// which Server GC kept for minutes (docs/reliability.md, "The event's ETag"). Through a stream the serializer
/// flushes its small pooled buffer into the hash as it fills, so the cost no longer grows with the value.
/// </remarks>
public static class JsonHash
{
    public static byte[] Sha256<T>(T value, JsonSerializerOptions options)
    {
        using var sink = new HashSink();
        JsonSerializer.Serialize(sink, value, options);
        return sink.Hash.GetHashAndReset();
    }

    /// <summary>A write-only stream whose bytes go into the hash and nowhere else.</summary>
    private sealed class HashSink : Stream
    {
        public IncrementalHash Hash { get; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override void Write(ReadOnlySpan<byte> buffer) => Hash.AppendData(buffer);
        public override void Write(byte[] buffer, int offset, int count) => Hash.AppendData(buffer, offset, count);
        public override void Flush() { }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) Hash.Dispose();
            base.Dispose(disposing);
        }
    }
}
