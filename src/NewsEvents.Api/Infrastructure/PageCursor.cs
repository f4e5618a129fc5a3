using System.Buffers.Text;
using System.Text.Json;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// Where a keyset page ends: the sort it belongs to, the last row's sort key (invariant text, null for a row without
/// one) and its id. Clients see it as an opaque base64url token and hand it back as <c>cursor</c>; it names rows, not
/// offsets, so rows inserted meanwhile neither repeat nor skip a row.
/// </summary>
public sealed record PageCursor(string Sort, string? Key, long Id)
{
    private const string Version = "1";

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire(Version, Sort, Key, Id)));

    public static PageCursor? TryDecode(string token)
    {
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(token));
            return wire is { V: Version, S: { Length: > 0 } sort, I: > 0 } ? new(sort, wire.K, wire.I) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private sealed record Wire(string V, string S, string? K, long I);
}
