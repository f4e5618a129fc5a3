using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsEvents.Api.Security;

/// <summary>
/// The configured keys, held only as SHA-256 digests. A presented key is hashed and compared with every digest in
/// constant time, so neither the comparison nor the number of keys tried leaks how close a guess was.
/// </summary>
public sealed class ApiKeyRing
{
    public const string Header = "X-Api-Key";
    private const string HashPrefix = "sha256:";
    private static readonly object NoKey = new();
    private readonly byte[][] _digests;

    public ApiKeyRing(IOptions<SecurityOptions> options)
    {
        _digests = options.Value.ApiKeys.Select(k => k.Trim()).Where(k => k.Length > 0).Select((key, i) => Digest(key, i)).ToArray();
    }

    public bool IsEmpty => _digests.Length == 0;

    /// <summary>The index of the caller's key, or null when it sent none or a wrong one. Cached on the request.</summary>
    public int? Identify(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(ApiKeyRing), out var known)) return known as int?;
        var index = Match(Presented(context.Request));
        context.Items[typeof(ApiKeyRing)] = index is { } i ? i : NoKey;
        return index;
    }

    /// <summary>The key the caller sent as X-Api-Key or as a bearer token, if any.</summary>
    public static string? Presented(HttpRequest request)
    {
        if (request.Headers[Header].ToString() is { Length: > 0 } header) return header.Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7 ? authorization[7..].Trim() : null;
    }

    private int? Match(string? presented)
    {
        if (string.IsNullOrEmpty(presented) || IsEmpty) return null;
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        int? found = null;
        for (var i = 0; i < _digests.Length; i++)
            if (CryptographicOperations.FixedTimeEquals(digest, _digests[i])) found = i;
        return found;
    }

    private static byte[] Digest(string configured, int index)
    {
        if (!configured.StartsWith(HashPrefix, StringComparison.OrdinalIgnoreCase)) return SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        // Fails at start-up, naming the position only: the value may be a secret.
        var hex = configured[HashPrefix.Length..];
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
            throw new InvalidOperationException($"Security:ApiKeys:{index} starts with 'sha256:' but is not followed by 64 hex digits.");
        return Convert.FromHexString(hex);
    }
}
