namespace NewsEvents.SyntaxTrain;

/// <summary>
/// Makes a tree projective by lifting (Nivre and Nilsson 2005, without their label encoding): while an arc crosses
/// another, its dependent moves up to its head's head, shortest arcs first. EWT has few such arcs (about 1 in 200).
/// </summary>
internal static class Projectivizer
{
    /// <param name="heads">0-based heads, -1 for the root.</param>
    /// <returns>Projective heads (a copy) and how many arcs were lifted.</returns>
    public static (int[] Heads, int Lifted) Lift(int[] heads)
    {
        var h = (int[])heads.Clone();
        var lifted = 0;
        while (true)
        {
            var worst = -1;
            var worstLength = int.MaxValue;
            for (var d = 0; d < h.Length; d++)
            {
                if (h[d] < 0 || !IsNonProjective(h, d)) continue;
                var length = Math.Abs(h[d] - d);
                if (length < worstLength) { worst = d; worstLength = length; }
            }
            if (worst < 0) return (h, lifted);
            h[worst] = h[h[worst]];
            lifted++;
        }
    }

    public static bool IsProjective(int[] heads)
    {
        for (var d = 0; d < heads.Length; d++) if (heads[d] >= 0 && IsNonProjective(heads, d)) return false;
        return true;
    }

    // an arc is projective when its head dominates every word between head and dependent
    private static bool IsNonProjective(int[] h, int d)
    {
        int from = Math.Min(d, h[d]) + 1, to = Math.Max(d, h[d]);
        for (var k = from; k < to; k++)
        {
            var a = k;
            var steps = 0;
            while (a >= 0 && a != h[d] && steps++ <= h.Length) a = h[a];
            if (a != h[d]) return true;
        }
        return false;
    }
}
