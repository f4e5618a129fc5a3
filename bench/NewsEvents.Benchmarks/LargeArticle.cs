using System.Diagnostics;
using System.Runtime;
using System.Text;
using NewsEvents.Extraction;
using NewsEvents.Extraction.Actors;
using NewsEvents.Extraction.Claims;
using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Events;
using NewsEvents.Extraction.People;
using NewsEvents.Extraction.Places;
using NewsEvents.Extraction.Syntax;
using NewsEvents.Extraction.Text;
using NewsEvents.Extraction.Tolls;

namespace NewsEvents.Benchmarks;

/// <summary>
/// `large` mode: one article of about 2 MB (our own corpus's plain-text reports, repeated as paragraphs of one long
/// piece), extracted whole eight times and then stage by stage in the pipeline's order, each timed in wall and CPU time. The
/// syntax is parsed lazily, so a stage's time includes the parses it asks for first; the last line parses every
/// sentence on its own to show what syntax alone would cost.
/// </summary>
internal static class LargeArticle
{
    public static void Run(int bytes, bool wholeOnly, int? cancelAfterMs = null)
    {
        var text = Build(bytes);
        var input = new ArticleInput(text, new DateOnly(2025, 3, 14));
        var pipeline = ExtractionPipeline.CreateDefault();
        var (syntaxModel, places, actors, people, claims, tolls, events) = (SyntaxModel.LoadDefault(), PlaceFinder.LoadDefault(),
            ActorFinder.LoadDefault(), PersonFinder.LoadDefault(), ClaimFinder.LoadDefault(), TollFinder.LoadDefault(), EventBuilder.LoadDefault());
        Console.WriteLine($"article: {text.Length:N0} chars; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        // Warm-up on the corpus, so the figures are not tier-0 JIT code.
        foreach (var (_, a) in Articles.Load()) for (var i = 0; i < 30; i++) pipeline.Extract(new ArticleInput(a, new DateOnly(2025, 3, 14)));

        // CPU is the whole process's (every thread: a long article's sentences are read on every core, and the GC's
        // threads count too), so on a shared machine it is the steadier figure and may exceed the wall time.
        // The corpus warm-up never takes the long article's parallel path: its code is still tiering up in the first
        // calls (the service took four calls of the article to reach steady speed), so the later runs are the figure.
        for (var run = 1; run <= 8; run++)
        {
            var (gen0, gen2, allocated, paused) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
            var whole = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            pipeline.Extract(input);
            Console.WriteLine($"run {run}: whole pipeline {whole.ElapsedMilliseconds} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU; " +
                $"GC: {(GC.GetTotalAllocatedBytes() - allocated) / 1048576} MB allocated, {GC.CollectionCount(0) - gen0} collections ({GC.CollectionCount(2) - gen2} full), " +
                $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms paused ({(GCSettings.IsServerGC ? "server" : "workstation")} GC)");
        }

        if (cancelAfterMs is { } after) { Cancel(pipeline, input, after); return; }
        if (wholeOnly) return; // for a profiler: only the pipeline's own calls

        var clock = new Stages();
        var cleaned = clock.Time("clean (ArticleCleaner)", () => ArticleCleaner.Clean(input));
        var tokens = clock.Time("analyze (sentences, tokens, quotes)", () => TextAnalyzer.Analyze(cleaned.Text));
        var analysed = tokens with { Syntax = new TextSyntax(tokens, syntaxModel) };
        var published = input.PublishedAt;
        var candidatePlaces = clock.Time("places", () => places.Find(analysed));
        var found = clock.Time("actors", () => actors.Find(analysed, candidatePlaces));
        var locations = clock.Time("reconcile", () => MentionReconciler.PlacesNotActors(candidatePlaces, found));
        var persons = clock.Time("people", () => people.Find(analysed, found, locations));
        var dates = clock.Time("dates", () => DateFinder.Find(analysed, published));
        var said = clock.Time("claims", () => claims.Find(analysed, persons, found));
        var tolled = clock.Time("tolls (parses harm sentences)", () => tolls.Find(analysed, said, dates, locations, found));
        var parsedByTolls = analysed.Syntax!.ParsedCount;
        clock.Time("events", () => events.Build(new ArticleFacts(analysed, published, locations, found, persons, tolled, said, dates)));
        Console.WriteLine($"sentences {tokens.Sentences.Count:N0}, tokens {tokens.Sentences.Sum(s => s.Tokens.Count):N0}; parsed by the toll stage {parsedByTolls:N0}, by the end {analysed.Syntax.ParsedCount:N0}");
        Console.WriteLine($"found: {locations.Count} places, {found.Count} actors, {persons.Count} people, {said.Count} claims, {tolled.Count} tolls");
        var fresh = new TextSyntax(tokens, syntaxModel);
        clock.Time("(every sentence parsed, apart)", () => { for (var i = 0; i < tokens.Sentences.Count; i++) _ = fresh[i]; return 0; });
    }

    // How soon Extract gives up once its token fires: the time from Cancel to the OperationCanceledException.
    private static void Cancel(ExtractionPipeline pipeline, ArticleInput input, int afterMs)
    {
        using var source = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var cancelledAt = TimeSpan.Zero;
        source.Token.Register(() => cancelledAt = clock.Elapsed);
        source.CancelAfter(afterMs);
        try
        {
            pipeline.Extract(input, source.Token);
            Console.WriteLine($"cancel after {afterMs} ms: the extraction finished first ({clock.ElapsedMilliseconds} ms)");
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine($"cancel after {afterMs} ms: cancelled at {cancelledAt.TotalMilliseconds:0} ms, stopped {(clock.Elapsed - cancelledAt).TotalMilliseconds:0.0} ms later");
        }
    }

    private static string Build(int bytes)
    {
        var reports = Articles.Load().Where(a => a.Name.EndsWith(".txt")).Select(a => a.Text.Trim()).ToArray();
        var text = new StringBuilder(bytes + 8192);
        for (var i = 0; text.Length < bytes; i++) text.Append(reports[i % reports.Length]).Append("\n\n");
        return text.ToString();
    }

    private sealed class Stages
    {
        public T Time<T>(string name, Func<T> stage)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var result = stage();
            Console.WriteLine($"  {name,-40} {clock.ElapsedMilliseconds,7} ms wall {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds,7:0} ms CPU {(GC.GetTotalAllocatedBytes() - allocated) / 1048576,5} MB allocated");
            return result;
        }
    }
}
