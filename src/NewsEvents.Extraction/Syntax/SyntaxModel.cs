namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// Tagger, parser and lemmatizer for English, trained on UD English EWT (see NOTICE: the weights are CC BY-SA 4.0).
/// Immutable after loading and safe to share: every call works in per-thread scratch space.
/// </summary>
public sealed class SyntaxModel
{
    /// <summary>Version of the file layout this build reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>The embedded model, under Resources/.</summary>
    public const string DefaultResource = "syntax/en_ewt.model.gz";

    private static readonly Lazy<SyntaxModel> Default = new(() => Load(ResourceFiles.Open(DefaultResource)), LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic] private static Workspace? t_workspace;

    internal SyntaxModel(SyntaxModelHeader header, PosTagger tagger, DependencyParser parser, Lemmatizer lemmatizer)
    {
        if (parser.TagCount != tagger.Tags.Count) throw new InvalidDataException("Syntax model: the parser was trained on another tag set than the tagger's");
        Header = header;
        Tagger = tagger;
        Parser = parser;
        Lemmatizer = lemmatizer;
    }

    public SyntaxModelHeader Header { get; }
    internal PosTagger Tagger { get; }
    internal DependencyParser Parser { get; }
    internal Lemmatizer Lemmatizer { get; }

    /// <summary>Bytes held by the weight tables.</summary>
    public long WeightBytes => Tagger.Bytes + Parser.Weights.Bytes;

    /// <summary>Signature of the feature templates and word hashing this build computes; a model must carry the same.</summary>
    public static string FeatureSignature { get; } = FeatureHash.String(string.Join(',',
        ["word" + WordInfo.Version, .. Enum.GetNames<TaggerTemplate>(), "|", .. Enum.GetNames<ParserTemplate>()])).ToString("x8");

    /// <summary>The embedded model, loaded once (thread-safe); a header that does not match this build throws here.</summary>
    public static SyntaxModel LoadDefault() => Default.Value;

    public static SyntaxModel Load(Stream gzipped) => SyntaxModelFile.Read(gzipped);

    public void Save(Stream destination) => SyntaxModelFile.Write(this, destination);

    /// <summary>Tags, lemmatises and parses one sentence given as UD-style words ("do", "n't"; "Syria", "'s").</summary>
    public ParsedSentence Parse(IReadOnlyList<string> words) => Parse(new StringWords(words));

    /// <summary>As <see cref="Parse(IReadOnlyList{string})"/> for words given as spans of <paramref name="text"/>.</summary>
    public ParsedSentence Parse(string text, IReadOnlyList<TextSpan> words) => Parse(new SpanWords(text, words));

    private ParsedSentence Parse<TWords>(TWords words) where TWords : struct, IWords
    {
        var n = words.Count;
        if (n == 0) return new ParsedSentence([]);
        var w = t_workspace ??= new Workspace();
        w.Ensure(n);
        var info = w.Words.AsSpan(0, n);
        for (var i = 0; i < n; i++) WordInfo.Compute(words.Chars(i), ref info[i]);
        var tags = w.Tags.AsSpan(0, n);
        Tagger.Tag(info, tags, w.Guesses.AsSpan(0, n), w.Scores);
        Parser.Parse(info, tags, w.State, w.Scores);

        var result = new ParsedWord[n];
        for (var i = 0; i < n; i++)
        {
            var form = words.String(i);
            var upos = Tagger.Upos[tags[i]];
            var head = w.State.Head[i];
            result[i] = new ParsedWord(form, upos, Tagger.Xpos[tags[i]], Lemmatizer.Lemma(form, form, upos), head == n ? -1 : head, Parser.Labels[w.State.Label[i]]);
        }
        return new ParsedSentence(result);
    }

    /// <summary>The tagger's classes, "UPOS|XPOS" ("VERB|VBN").</summary>
    public IReadOnlyList<string> TagNames => Tagger.Tags;

    /// <summary>The dependency relations the parser assigns, subtypes included ("nsubj:pass").</summary>
    public IReadOnlyList<string> LabelNames => Parser.Labels;

    private sealed class Workspace
    {
        public WordInfo[] Words = new WordInfo[64];
        public int[] Tags = new int[64];
        public int[] Guesses = new int[64];
        public readonly int[] Scores = new int[256];
        public readonly ArcHybrid State = new();

        public void Ensure(int n)
        {
            if (Words.Length >= n) return;
            Words = new WordInfo[n * 2];
            Tags = new int[n * 2];
            Guesses = new int[n * 2];
        }
    }

    private interface IWords
    {
        int Count { get; }
        ReadOnlySpan<char> Chars(int i);
        string String(int i);
    }

    private readonly struct StringWords(IReadOnlyList<string> words) : IWords
    {
        public int Count => words.Count;
        public ReadOnlySpan<char> Chars(int i) => words[i];
        public string String(int i) => words[i];
    }

    private readonly struct SpanWords(string text, IReadOnlyList<TextSpan> words) : IWords
    {
        public int Count => words.Count;
        public ReadOnlySpan<char> Chars(int i) => words[i].SliceOf(text);
        public string String(int i) => words[i].Of(text);
    }
}
