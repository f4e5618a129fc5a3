using System.Globalization;
using System.Text;

namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// The readable head of a model file (<c>zcat model.gz | head</c> shows it): format version, the signature of the
/// feature templates the weights were trained with, the training data and its licence, and the scores it reached.
/// </summary>
public sealed record SyntaxModelHeader(
    int Format,
    string Features,
    string Data,
    string Licence,
    string Attribution,
    string Scores,
    string Training)
{
    public const string Magic = "NewsEvents syntax model";

    internal void Write(Stream s)
    {
        var text = new StringBuilder()
            .Append(Magic).Append('\n')
            .Append("format: ").Append(Format.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("features: ").Append(Features).Append('\n')
            .Append("data: ").Append(Data).Append('\n')
            .Append("licence: ").Append(Licence).Append('\n')
            .Append("attribution: ").Append(Attribution).Append('\n')
            .Append("scores: ").Append(Scores).Append('\n')
            .Append("training: ").Append(Training).Append('\n')
            .Append('\n');
        s.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Reads the header and checks it against this build; any mismatch throws, so it fails at start-up.</summary>
    internal static SyntaxModelHeader Read(Stream s, int expectedFormat, string expectedFeatures)
    {
        var bytes = new List<byte>(512);
        while (true)
        {
            var b = s.ReadByte();
            if (b < 0 || bytes.Count > 16_384) throw new InvalidDataException("Syntax model: no header (is this a NewsEvents syntax model?)");
            bytes.Add((byte)b);
            if (b == '\n' && bytes.Count >= 2 && bytes[^2] == '\n') break;
        }
        var lines = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] != Magic) throw new InvalidDataException($"Syntax model: the file does not start with '{Magic}'");
        var fields = lines.Skip(1).Select(l => l.Split(": ", 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        string Field(string name) => fields.TryGetValue(name, out var v) && v.Length > 0 ? v
            : throw new InvalidDataException($"Syntax model: header field '{name}' is missing");

        var format = int.TryParse(Field("format"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : -1;
        if (format != expectedFormat)
            throw new InvalidDataException($"Syntax model: file format {Field("format")}, this build reads format {expectedFormat}; retrain with tools/NewsEvents.SyntaxTrain");
        if (Field("features") != expectedFeatures)
            throw new InvalidDataException($"Syntax model: trained with feature templates {Field("features")}, this build computes {expectedFeatures}; retrain with tools/NewsEvents.SyntaxTrain");
        return new SyntaxModelHeader(format, Field("features"), Field("data"), Field("licence"), Field("attribution"), Field("scores"), Field("training"));
    }
}
