using System.Diagnostics;
using System.Globalization;
using NewsEvents.Extraction.Syntax;
using NewsEvents.SyntaxTrain;

namespace NewsEvents.Eval;

/// <summary>
/// <c>syntax FILE.conllu</c>: the embedded model on a treebank with gold words and predicted tags. UAS and LAS count
/// every word, punctuation included; multiword-token ranges and empty nodes are skipped. The speed is tagging and
/// parsing (lemmas and result objects included) on one thread after a warm-up.
/// </summary>
internal static class SyntaxEval
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: NewsEvents.Eval syntax <file.conllu>");
            return 2;
        }
        var sentences = Conllu.Read(args[0]);
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var loadCpu = ThreadCpuSeconds();
        var clock = Stopwatch.StartNew();
        var model = SyntaxModel.LoadDefault();
        var loadMs = clock.ElapsedMilliseconds;
        loadCpu = ThreadCpuSeconds() - loadCpu;
        var added = GC.GetTotalMemory(forceFullCollection: true) - heap;
        Console.WriteLine($"model loaded in {loadMs} ms ({loadCpu * 1000:0} ms on the CPU); weights {model.WeightBytes / 1048576.0:0.0} MB, managed heap +{added / 1048576.0:0.0} MB");
        Console.WriteLine($"model: {model.Header.Data}; {model.Header.Licence}; {model.Header.Scores}");

        var score = new SyntaxScore();
        long lemmas = 0;
        foreach (var s in sentences)
        {
            var parsed = model.Parse(s.Forms);
            score.Add(s, parsed.Words.Select(w => w.Upos).ToArray(), parsed.Words.Select(w => w.Head).ToArray(), parsed.Words.Select(w => w.Deprel).ToArray());
            for (var i = 0; i < s.Count; i++) if (parsed[i].Lemma == s.Lemmas[i]) lemmas++;
        }
        Console.WriteLine($"{sentences.Count} sentences, {score.Words} words; lemma={(double)lemmas / score.Words:0.000}");

        // warm up until tiered compilation has settled, then time whole passes over the file
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 3000) foreach (var s in sentences) model.Parse(s.Forms);
        long tokens = 0;
        var cpuBefore = ThreadCpuSeconds();
        clock.Restart();
        while (clock.ElapsedMilliseconds < 5000)
            foreach (var s in sentences)
            {
                model.Parse(s.Forms);
                tokens += s.Count;
            }
        var perSecond = tokens / clock.Elapsed.TotalSeconds;
        // On a shared machine the wall clock also measures the neighbours; the thread's own CPU time does not.
        var cpu = ThreadCpuSeconds() - cpuBefore;
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        if (cpu > 0)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"timing: {tokens} tokens in {clock.Elapsed.TotalSeconds:0.00} s wall, {cpu:0.00} s on the CPU ({tokens / cpu:0} tokens per CPU second); load average {load} on {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score} tokens_per_s={perSecond:0}"));
        return 0;
    }

    // Linux: nanoseconds this thread has run, first field of /proc/thread-self/schedstat; 0 elsewhere.
    private static double ThreadCpuSeconds()
    {
        try
        {
            var text = File.ReadAllText("/proc/thread-self/schedstat");
            return long.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture) / 1e9;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
