using System.Globalization;

namespace NewsEvents.SyntaxTrain;

internal sealed record Options(string Data, string Out, int TaggerEpochs, int ParserEpochs, int Folds, double Prune, double Explore, int Seed)
{
    public static Options Parse(string[] args)
    {
        var o = new Options(FindData(), "src/NewsEvents.Extraction/Resources/syntax/en_ewt.model.gz", 12, 10, 5, 0.05, 0.9, 1);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var v = args[i + 1];
            o = args[i] switch
            {
                "--data" => o with { Data = v },
                "--out" => o with { Out = v },
                "--tagger-epochs" => o with { TaggerEpochs = int.Parse(v, CultureInfo.InvariantCulture) },
                "--parser-epochs" => o with { ParserEpochs = int.Parse(v, CultureInfo.InvariantCulture) },
                "--folds" => o with { Folds = int.Parse(v, CultureInfo.InvariantCulture) },
                "--prune" => o with { Prune = double.Parse(v, CultureInfo.InvariantCulture) },
                "--explore" => o with { Explore = double.Parse(v, CultureInfo.InvariantCulture) },
                "--seed" => o with { Seed = int.Parse(v, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return o;
    }

    // ../shared/data/ud-english-ewt beside the clone, as the machines lay it out
    private static string FindData()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "ud-english-ewt");
            if (Directory.Exists(candidate)) return candidate;
        }
        return "../shared/data/ud-english-ewt";
    }
}
