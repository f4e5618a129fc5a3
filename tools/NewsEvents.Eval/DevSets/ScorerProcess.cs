using System.Diagnostics;

namespace NewsEvents.Eval.DevSets;

/// <summary>A scorer that could not run, failed, or printed what cannot be read: the run stops, since no figure would be the scorer's.</summary>
internal sealed class ScorerException(string message) : Exception(message);

/// <summary>Runs one of the shared python3 scorers and returns what it printed; a scorer that fails ends the run.</summary>
internal static class ScorerProcess
{
    public static string Run(string scorer, params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(scorer);
        foreach (var a in args) start.ArgumentList.Add(a);
        Process? started;
        try { started = Process.Start(start); }
        catch (System.ComponentModel.Win32Exception e) { throw new ScorerException($"cannot start python3 for the scorers: {e.Message}"); }
        using var process = started ?? throw new ScorerException("cannot start python3 for the scorers");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new ScorerException($"{Path.GetFileName(scorer)} exited with {process.ExitCode}: {stderr.Result.Trim()}");
        return stdout;
    }
}
