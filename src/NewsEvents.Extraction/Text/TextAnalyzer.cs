namespace NewsEvents.Extraction.Text;

/// <summary>Turns cleaned text (paragraphs separated by blank lines or line breaks) into an <see cref="AnalyzedText"/>.</summary>
public static class TextAnalyzer
{
    public static AnalyzedText Analyze(string text)
    {
        var paragraphs = Paragraphs(text);
        var sentences = new List<Sentence>();
        var quotes = new List<TextSpan>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = Tokenizer.Tokenize(text, paragraphs[p]);
            if (tokens.Count > 0) SentenceSplitter.Split(text, p, tokens, sentences);
            QuoteFinder.Find(text, paragraphs[p], quotes);
        }
        return new AnalyzedText(text, paragraphs, sentences, quotes);
    }

    public static List<TextSpan> Paragraphs(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) result.Add(new TextSpan(s, e));
            start = end + 1;
        }
        return result;
    }
}
