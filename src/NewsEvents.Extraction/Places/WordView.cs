using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Places;

/// <summary>
/// What the scan asks of every token several times (its word key, capital, hyphen), worked out once per sentence:
/// reading the token list through its interface for each question was most of the stage's time.
/// </summary>
internal sealed class WordView
{
    public string?[] Keys = new string?[64];
    public bool[] Caps = new bool[64];
    public bool[] Hyphens = new bool[64];
    public int Count;

    public void Load(string text, IReadOnlyList<Token> toks)
    {
        Count = toks.Count;
        if (Keys.Length < Count)
        {
            Keys = new string?[Count * 2];
            Caps = new bool[Count * 2];
            Hyphens = new bool[Count * 2];
        }
        for (var i = 0; i < Count; i++)
        {
            var t = toks[i];
            Keys[i] = PlaceTokens.WordKey(t);
            Caps[i] = Keys[i] is not null && t.IsCapitalized(text);
            Hyphens[i] = t.IsHyphen;
        }
    }

    public bool CapAt(int i) => i >= 0 && i < Count && Caps[i];
}
