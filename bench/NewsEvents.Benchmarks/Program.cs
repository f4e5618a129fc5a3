using System.Diagnostics;
using BenchmarkDotNet.Running;
using NewsEvents.Benchmarks;
using NewsEvents.Extraction;

// dotnet run -c Release --project bench/NewsEvents.Benchmarks -- startup   : load time and memory of the loaded pipeline
// dotnet run -c Release --project bench/NewsEvents.Benchmarks -- quick     : a plain timing loop (a rough figure in seconds)
// dotnet run -c Release --project bench/NewsEvents.Benchmarks -- large [bytes] [--whole-only] [--cancel-after ms] : one 2 MB article, timed stage by stage
// dotnet run -c Release --project bench/NewsEvents.Benchmarks              : the BenchmarkDotNet run (the figure we record)
if (args.FirstOrDefault() == "large")
{
    var cancel = Array.IndexOf(args, "--cancel-after");
    LargeArticle.Run(args.Length > 1 && int.TryParse(args[1], out var bytes) ? bytes : 2_000_000, args.Contains("--whole-only"),
        cancel > 0 ? int.Parse(args[cancel + 1]) : null);
    return;
}
if (args.FirstOrDefault() == "startup")
{
    var before = Process.GetCurrentProcess().WorkingSet64;
    var clock = Stopwatch.StartNew();
    var pipeline = ExtractionPipeline.CreateDefault();
    clock.Stop();
    pipeline.Extract(new ArticleInput("Shelling hit Kharkiv on Friday, killing three people.", new DateOnly(2025, 3, 14)));
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var proc = Process.GetCurrentProcess();
    Console.WriteLine($"pipeline load: {clock.ElapsedMilliseconds} ms");
    Console.WriteLine($"working set after load: {proc.WorkingSet64 / 1048576} MB (at start {before / 1048576} MB); managed heap {GC.GetTotalMemory(false) / 1048576} MB");
    return;
}
if (args.FirstOrDefault() == "quick")
{
    var articles = Articles.Load();
    var pipeline = ExtractionPipeline.CreateDefault();
    var inputs = articles.Select(a => new ArticleInput(a.Text, new DateOnly(2025, 3, 14))).ToArray();
    // Warm up long enough for tiered compilation to replace tier-0 code; on a busy machine that takes seconds.
    var warm = Stopwatch.StartNew();
    while (warm.ElapsedMilliseconds < 5000)
        foreach (var a in inputs) pipeline.Extract(a);
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var n = 0;
    while (clock.ElapsedMilliseconds < 5000)
        foreach (var a in inputs) { pipeline.Extract(a); n++; }
    var bytes = inputs.Sum(a => a.Content.Length) / inputs.Length;
    var perArticle = (GC.GetAllocatedBytesForCurrentThread() - allocated) / n / 1024;
    // The process's CPU time (the GC's threads included) gives a figure that a busy machine's neighbours move less.
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine($"{n} articles in {clock.Elapsed.TotalSeconds:0.00} s: {n / clock.Elapsed.TotalSeconds:0} articles/s on one thread, " +
        $"{n / cpuSeconds:0} per CPU second (mean article {bytes} chars, {perArticle} KB allocated per article; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
