using System.IO.Compression;

namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// The model file: gzip over the text header (<see cref="SyntaxModelHeader"/>), then tag names, label names, the
/// tagger's two weight tables, the parser's weight table and the lemma exceptions, in that order.
/// </summary>
internal static class SyntaxModelFile
{
    public static SyntaxModel Read(Stream gzipped)
    {
        using var gz = new GZipStream(gzipped, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gz, 1 << 16);
        var header = SyntaxModelHeader.Read(buffered, SyntaxModel.FormatVersion, SyntaxModel.FeatureSignature);
        using var r = new BinaryReader(buffered);
        var tags = Strings(r);
        var labels = Strings(r);
        var tagger = new PosTagger(tags, WeightTable.Read(r), WeightTable.Read(r));
        var parser = new DependencyParser(labels, tags.Length, WeightTable.Read(r));
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = r.ReadInt32();
        for (var i = 0; i < count; i++) exceptions[r.ReadString()] = r.ReadString();
        if (r.ReadString() != "end") throw new InvalidDataException("Syntax model: the file is truncated");
        return new SyntaxModel(header, tagger, parser, new Lemmatizer(exceptions));
    }

    public static void Write(SyntaxModel model, Stream destination)
    {
        using var gz = new GZipStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        model.Header.Write(gz);
        using var w = new BinaryWriter(gz);
        Strings(w, model.Tagger.Tags);
        Strings(w, model.Parser.Labels);
        model.Tagger.First.Write(w);
        model.Tagger.Second.Write(w);
        model.Parser.Weights.Write(w);
        var exceptions = model.Lemmatizer.Exceptions.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        w.Write(exceptions.Count);
        foreach (var (key, lemma) in exceptions)
        {
            w.Write(key);
            w.Write(lemma);
        }
        w.Write("end");
    }

    private static string[] Strings(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n is < 0 or > 1000) throw new InvalidDataException($"Syntax model: {n} names in a name list");
        var result = new string[n];
        for (var i = 0; i < n; i++) result[i] = r.ReadString();
        return result;
    }

    private static void Strings(BinaryWriter w, IReadOnlyList<string> names)
    {
        w.Write(names.Count);
        foreach (var n in names) w.Write(n);
    }
}
