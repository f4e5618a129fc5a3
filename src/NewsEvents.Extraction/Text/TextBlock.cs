namespace NewsEvents.Extraction.Text;

/// <summary>One paragraph of the raw article before header and boilerplate handling.</summary>
/// <param name="LinkChars">How many of its characters sat inside links: link lists are navigation, not story.</param>
/// <param name="Heading">True for h1-h6, the likeliest title.</param>
public readonly record struct TextBlock(string Text, int LinkChars, bool Heading);

/// <summary>
/// Collects text into paragraphs while normalising whitespace, so that HTML text nodes and plain text go through
/// the same rules: one space between words, no space before closing punctuation, empty paragraphs never emitted.
/// </summary>
internal sealed class BlockWriter
{
    private readonly List<TextBlock> _blocks = [];
    private readonly System.Text.StringBuilder _current = new();
    private int _linkChars;
    private bool _heading;
    private bool _pendingSpace;
    private int _newlines;

    public List<TextBlock> Blocks { get { Break(); return _blocks; } }

    /// <param name="lineBreaks">Plain text: a line break ends a paragraph unless the next line visibly continues the sentence.</param>
    public void Append(string text, bool inLink, bool lineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' or '\u2060') continue;
            if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) c = '\n'; // old Mac line ends
            if (c == '\n')
            {
                // in HTML a blank line inside text is still a paragraph break: plain text with a stray tag in it
                if ((lineBreaks && !ContinuesLine(text, i)) || ++_newlines >= 2) Break();
                else _pendingSpace = true;
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { _pendingSpace = true; continue; }
            _newlines = 0;
            if (_pendingSpace && _current.Length > 0 && c is not (',' or '.' or ';' or ':' or '!' or '?' or ')')) _current.Append(' ');
            _pendingSpace = false;
            _current.Append(c);
            if (inLink) _linkChars++;
        }
    }

    /// <summary>A space that the markup implies (between table cells, after an inline image) without ending the paragraph.</summary>
    public void Space() => _pendingSpace = true;

    public void MarkHeading() => _heading = true;

    public void Break()
    {
        if (_current.Length > 0) _blocks.Add(new TextBlock(_current.ToString(), _linkChars, _heading));
        _current.Clear();
        _linkChars = 0;
        _heading = false;
        _pendingSpace = false;
        _newlines = 0;
    }

    // Hard-wrapped plain text: a single line break followed by a lower-case word is the same sentence going on.
    private static bool ContinuesLine(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
        return j < text.Length && char.IsLower(text[j]);
    }
}
