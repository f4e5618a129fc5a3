using System.Runtime.ExceptionServices;

namespace NewsEvents.Extraction.Text;

/// <summary>
/// Runs work that reads each sentence on its own, appending to a list: in sentence order on the caller's thread for
/// an article of ordinary length, and over every core for a very long one, with the same list as the result.
/// </summary>
internal static class SentenceWork
{
    /// <summary>
    /// Below this many sentences the work stays on the caller's thread: the service already runs one request per
    /// core, and an ordinary article (a few dozen sentences) takes a few milliseconds, less than handing it out costs.
    /// </summary>
    public const int ParallelFromSentences = 512;

    // Contiguous runs, so that each worker's output is one piece of the sequential result; small enough that two
    // workers stay busy to the end when the sentences that cost (those parsed) are bunched together.
    private const int RunLength = 32;

    /// <summary>
    /// Calls <paramref name="read"/> for every sentence with the list its results go to and returns that list, equal
    /// to what one pass in sentence order would give: each run's results are kept apart and joined in order.
    /// </summary>
    public static List<T> Each<T>(IReadOnlyList<Sentence> sentences, Action<Sentence, List<T>> read, int parallelFrom,
        CancellationToken cancellationToken)
    {
        if (sentences.Count < parallelFrom)
        {
            var output = new List<T>();
            foreach (var sentence in sentences) read(sentence, output);
            return output;
        }

        var runs = new List<T>[(sentences.Count + RunLength - 1) / RunLength];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, runs.Length, options, run =>
            {
                var output = new List<T>();
                var end = Math.Min(sentences.Count, (run + 1) * RunLength);
                // checked at each sentence, as the sequential stages do, so a cancelled request stops within one sentence
                for (var i = run * RunLength; i < end && !cancellationToken.IsCancellationRequested; i++) read(sentences[i], output);
                runs[run] = output;
            });
        }
        catch (AggregateException e)
        {
            // a failure comes out unwrapped, as the sequential pass throws it (of two at once, either one)
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        cancellationToken.ThrowIfCancellationRequested();

        var joined = new List<T>(runs.Sum(r => r.Count));
        foreach (var r in runs) joined.AddRange(r);
        return joined;
    }
}
