using NewsEvents.Extraction.Syntax;

namespace NewsEvents.SyntaxTrain;

/// <summary>
/// The dynamic oracle for arc-hybrid (Goldberg and Nivre 2013): the cost of a move is the number of gold arcs,
/// still reachable, that it makes unreachable (plus one for a gold arc given the wrong label). Arc-hybrid is
/// arc-decomposable, so arcs can be counted one by one. Gold heads use the parser's numbering: the root is N.
/// </summary>
internal static class ArcHybridOracle
{
    public static void Costs(ArcHybrid c, int[] goldHeads, int[] goldLabels, Span<int> costs)
    {
        int s0 = c.S(0), s1 = c.S(1), b = c.B, n = c.N;
        int left = 0, right = 0, shift = 0;
        if (s0 >= 0)
        {
            // s0 leaves the stack either way: its dependents still in the buffer are lost
            var depsInBuffer = 0;
            for (var d = b; d < n; d++) if (goldHeads[d] == s0) depsInBuffer++;
            var h = goldHeads[s0];
            left = depsInBuffer + (h != b && (h == s1 || h > b) ? 1 : 0);
            right = depsInBuffer + (h != s1 && h >= b ? 1 : 0);
        }
        if (b < n)
        {
            // b0 goes onto the stack: it can no longer take stack words as dependents, nor a head below s0
            for (var k = 0; k < c.Depth; k++)
            {
                var s = c.Stack[k];
                if (goldHeads[s] == b) shift++;
                if (goldHeads[b] == s && k < c.Depth - 1) shift++;
            }
        }
        for (var cls = 0; cls < c.ClassCount; cls++)
        {
            if (!c.IsValid(cls)) { costs[cls] = int.MaxValue; continue; }
            var label = c.MoveLabel(cls);
            costs[cls] = c.MoveKind(cls) switch
            {
                0 => shift,
                1 => left + (goldHeads[s0] == b && goldLabels[s0] != label ? 1 : 0),
                _ => right + (goldHeads[s0] == s1 && goldLabels[s0] != label ? 1 : 0),
            };
        }
    }
}
