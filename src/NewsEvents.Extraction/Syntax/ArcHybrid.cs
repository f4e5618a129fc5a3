namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the root as
/// the last buffer item (index <see cref="N"/>), so the root word is attached last and exactly once. Moves:
/// Shift (b0 onto the stack), Left (s0 ← b0, pop), Right (s0 ← s1, pop). Class 0 is Shift, 1..L are Left with
/// label l-1, L+1..2L are Right with label l-1-L. Arrays are reused from sentence to sentence.
/// </summary>
internal sealed class ArcHybrid
{
    public int N;           // words; the root is N
    public int B;           // buffer front
    public int Depth;       // stack size
    public int[] Stack = new int[64];
    public int[] Head = new int[64], Label = new int[64];
    public int[] Left1 = new int[64], Left2 = new int[64], Right1 = new int[64], Right2 = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64], RightLabels = new ulong[64];

    public int LabelCount { get; private set; }
    public int RootLabel { get; private set; }

    public int ClassCount => 1 + 2 * LabelCount;
    public bool IsTerminal => Depth == 0 && B == N;
    public int S(int k) => Depth > k ? Stack[Depth - 1 - k] : -1;

    public void Reset(int n, int labelCount, int rootLabel)
    {
        if (Stack.Length < n + 1) Grow(n + 1);
        N = n;
        B = 0;
        Depth = 0;
        LabelCount = labelCount;
        RootLabel = rootLabel;
        for (var i = 0; i <= n; i++)
        {
            Head[i] = -1; Label[i] = -1;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
    }

    public static int LeftMove(int label) => 1 + label;
    public int RightMove(int label) => 1 + LabelCount + label;
    public int MoveKind(int cls) => cls == 0 ? 0 : cls <= LabelCount ? 1 : 2; // 0 shift, 1 left, 2 right
    public int MoveLabel(int cls) => cls == 0 ? -1 : cls <= LabelCount ? cls - 1 : cls - 1 - LabelCount;

    public bool CanShift => B < N;
    public bool CanLeft => Depth > 0 && (B < N || Depth == 1);
    public bool CanRight => Depth > 1;

    /// <summary>Whether a move may be made: the root label goes only on the arc from the root, and only there.</summary>
    public bool IsValid(int cls)
    {
        switch (MoveKind(cls))
        {
            case 0: return CanShift;
            case 1: return CanLeft && (MoveLabel(cls) == RootLabel) == (B == N);
            default: return CanRight && MoveLabel(cls) != RootLabel;
        }
    }

    public void Apply(int cls)
    {
        switch (MoveKind(cls))
        {
            case 0:
                Stack[Depth++] = B++;
                break;
            case 1:
                Attach(B, Stack[--Depth], MoveLabel(cls));
                break;
            default:
                var d = Stack[--Depth];
                Attach(Stack[Depth - 1], d, MoveLabel(cls));
                break;
        }
    }

    private void Attach(int head, int dep, int label)
    {
        Head[dep] = head;
        Label[dep] = label;
        var bit = 1UL << (label & 63);
        // Left children arrive nearest-first and right children nearest-first, so each new one is the outermost.
        if (dep < head)
        {
            Left2[head] = Left1[head]; Left1[head] = dep; LeftCount[head]++; LeftLabels[head] |= bit;
        }
        else
        {
            Right2[head] = Right1[head]; Right1[head] = dep; RightCount[head]++; RightLabels[head] |= bit;
        }
    }

    private void Grow(int size)
    {
        size = Math.Max(size, Stack.Length * 2);
        Stack = new int[size]; Head = new int[size]; Label = new int[size];
        Left1 = new int[size]; Left2 = new int[size]; Right1 = new int[size]; Right2 = new int[size];
        LeftCount = new int[size]; RightCount = new int[size];
        LeftLabels = new ulong[size]; RightLabels = new ulong[size];
    }
}
