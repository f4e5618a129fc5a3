using System.Security.Cryptography;
using System.Text;

namespace NewsEvents.Eval.DevSets;

/// <summary>
/// The two halves of a development set: rules are tuned on <c>tune</c> and confirmed on <c>check</c>. A record's half
/// is the parity of the first byte of SHA-256 over its id (UTF-8): even is tune, odd is check. It depends on the id
/// alone, so it never changes when records are added, reordered or cut with --limit.
/// </summary>
internal static class Half
{
    public const string Tune = "tune";
    public const string Check = "check";
    public const string All = "all";

    public static string Of(string id) => SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] % 2 == 0 ? Tune : Check;

    public static bool Holds(string half, DevSetRecord r) => half == All || r.Half == half;
}
