using System.Diagnostics;
using NewsEvents.Extraction;

namespace NewsEvents.Eval.DevSets;

/// <summary>An engine exception on one record: counted and reported, and the record is scored as an empty prediction.</summary>
/// <param name="Site">The engine method nearest the throw, as Type.Method, to tell failures apart without a stack trace.</param>
internal sealed record EngineFailure(string Id, string Type, string Message, string Site);

/// <summary>The engine's results over a set, index-aligned with its records (null where the engine threw).</summary>
internal sealed record ExtractionRun(ExtractionResult?[] Results, List<EngineFailure> Failures, TimeSpan Elapsed)
{
    public double RecordsPerSecond => Results.Length / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Runs the pipeline over every record in parallel (it is thread-safe), each record guarded so that one failure cannot end the run.</summary>
    public static ExtractionRun Of(ExtractionPipeline pipeline, IReadOnlyList<DevSetRecord> records)
    {
        var results = new ExtractionResult?[records.Count];
        var failures = new EngineFailure?[records.Count];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, records.Count, i =>
        {
            // A development-set note has no publication date, so the engine gets only the text (and no date to lean on).
            try { results[i] = pipeline.Extract(new ArticleInput(records[i].Text)); }
            catch (Exception e) { failures[i] = new EngineFailure(records[i].Id, e.GetType().Name, e.Message, Site(e)); }
        });
        clock.Stop();
        return new ExtractionRun(results, failures.OfType<EngineFailure>().ToList(), clock.Elapsed);
    }

    // The innermost frame in our own code: a BCL throw helper says nothing about which stage failed.
    private static string Site(Exception e)
    {
        var method = new StackTrace(e).GetFrames().Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("NewsEvents", StringComparison.Ordinal) == true) ?? e.TargetSite;
        return $"{method?.DeclaringType?.Name}.{method?.Name}";
    }
}
