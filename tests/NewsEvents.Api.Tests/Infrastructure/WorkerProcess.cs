using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>
/// The built API run as a child process (<c>dotnet NewsEvents.Api.dll</c>) on loopback, as a worker-only instance of
/// a test's database: a separate process can be killed with SIGKILL, which an in-process host cannot. Disposing kills
/// this one process (by its own id) if it is still running.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Id => _process.Id;

    public int Port { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The process's last lines of output, for a failing test's message.</summary>
    public string Output { get { lock (_output) return _output.Length > 4000 ? _output.ToString(_output.Length - 4000, 4000) : _output.ToString(); } }

    public static WorkerProcess Start(TestDatabase database, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = ApiDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(ApiDirectory, "NewsEvents.Api.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__NewsEvents"] = database.ConnectionString;
        start.Environment["Ingestion__Role"] = "Worker";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var worker = new WorkerProcess(Process.Start(start)!, port);
        worker._process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        worker._process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Waits (bounded) until the process answers /health/ready: migrated, engine loaded, workers started.</summary>
    public async Task WaitUntilReadyAsync(int seconds = 90)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (_process.HasExited) throw new Xunit.Sdk.XunitException($"Worker process {Id} exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Worker process {Id} was not ready within {seconds} s:\n{Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: no shutdown hook runs, so a claimed item keeps its lease until it expires.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(wait.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    // The API project builds beside the tests in the same configuration (tests/X/bin/Debug/net10.0 -> src/NewsEvents.Api/bin/Debug/net10.0).
    private static string ApiDirectory
    {
        get
        {
            var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var (framework, configuration) = (here.Name, here.Parent!.Name);
            var root = here;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "NewsEvents.sln"))) root = root.Parent;
            var directory = Path.Combine(root?.FullName ?? throw new InvalidOperationException("NewsEvents.sln not found above the tests."),
                "src", "NewsEvents.Api", "bin", configuration, framework);
            return File.Exists(Path.Combine(directory, "NewsEvents.Api.dll")) ? directory : throw new InvalidOperationException($"No built API in {directory}.");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
