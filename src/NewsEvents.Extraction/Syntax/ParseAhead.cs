using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Syntax;

/// <summary>
/// Parses, on another core, the sentences a later stage will ask the parse of, while the stages before it run; that
/// stage then finds them parsed. Disposing it stops the work within one sentence and waits for it, so nothing of an
/// extraction runs after the extraction has returned or been cancelled.
/// </summary>
internal sealed class ParseAhead : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _work;

    private ParseAhead(TextSyntax syntax, IReadOnlyList<Sentence> sentences, Func<Sentence, bool> wanted, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stop = _stop.Token;
        _work = Task.Run(() =>
        {
            // Last first: the stage that wants the parses reads from the first sentence on, so the two meet once
            // instead of parsing the same sentences side by side.
            for (var i = sentences.Count - 1; i >= 0 && !stop.IsCancellationRequested; i--)
            {
                if (!wanted(sentences[i])) continue;
                try { _ = syntax[i]; }
                catch (Exception) { return; } // the stage that asks for this sentence meets the same failure and reports it
            }
        }, CancellationToken.None);
    }

    public static ParseAhead Start(TextSyntax syntax, IReadOnlyList<Sentence> sentences, Func<Sentence, bool> wanted,
        CancellationToken cancellationToken) => new(syntax, sentences, wanted, cancellationToken);

    public void Dispose()
    {
        _stop.Cancel();
        _work.Wait();
        _stop.Dispose();
    }
}
