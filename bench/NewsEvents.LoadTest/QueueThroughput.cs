using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Npgsql;

namespace NewsEvents.LoadTest;

/// <summary>
/// Articles per second through the queue on PostgreSQL with one worker process and with two, in one run: for each,
/// a fresh database, an API-only process that queues the articles (Prefer: respond-async), then the worker-only
/// processes started together. The rate is taken from the items' completion times in the database, from the first
/// to the last, so process start-up (engine load) is left out. Every process is a child of this one, on loopback,
/// and is killed by its own id at the end.
/// </summary>
public static class QueueThroughput
{
    public static async Task RunAsync(string apiDll, string server, int count, int workersPerProcess)
    {
        if (new NpgsqlConnectionStringBuilder(server).Host is not ("127.0.0.1" or "localhost" or "::1"))
            throw new ArgumentException("The queue benchmark only uses a PostgreSQL server on loopback.");
        var rates = new List<double>();
        foreach (var processes in new[] { 1, 2 })
        {
            var rate = await MeasureAsync(apiDll, server, count, processes, workersPerProcess);
            rates.Add(rate);
        }
        Console.WriteLine($"queue, {count} articles, {workersPerProcess} worker(s) per process: 1 process {rates[0]:0.0} articles/s, "
            + $"2 processes {rates[1]:0.0} articles/s, ratio {rates[1] / rates[0]:0.00}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
    }

    private static async Task<double> MeasureAsync(string apiDll, string server, int count, int processes, int workersPerProcess)
    {
        var name = $"newsevents_bench_{Guid.NewGuid():N}";
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        var children = new List<Process>();
        try
        {
            var (api, port) = Start(apiDll, connection, "Api", 1);
            children.Add(api);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
            await ReadyAsync(http, api);
            var random = new Random();
            for (var start = 0; start < count; start += 500)
            {
                var items = Enumerable.Range(start, Math.Min(500, count - start)).Select(n => SyntheticArticles.Make(random, n)).ToArray();
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles/batch") { Content = JsonContent.Create(new { items }) };
                request.Headers.Add("Prefer", "respond-async");
                if ((await http.SendAsync(request)).StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException("The batch was not accepted.");
            }

            for (var p = 0; p < processes; p++) children.Add(Start(apiDll, connection, "Worker", workersPerProcess).Process);
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            var deadline = DateTime.UtcNow.AddMinutes(30);
            while (await ScalarAsync<long>(db, "SELECT count(*) FROM \"JobItems\" WHERE \"Status\" IN ('queued', 'running')") > 0)
            {
                if (DateTime.UtcNow > deadline || children.Any(c => c.HasExited)) throw new InvalidOperationException("The queue did not drain.");
                await Task.Delay(250);
            }
            var done = await ScalarAsync<long>(db, "SELECT count(*) FROM \"JobItems\" WHERE \"Outcome\" = 'created'");
            var seconds = await ScalarAsync<double>(db, "SELECT EXTRACT(EPOCH FROM max(\"CompletedAt\") - min(\"CompletedAt\"))::float8 FROM \"JobItems\"");
            var shares = await ScalarAsync<string>(db, "SELECT string_agg(n::text, ' + ' ORDER BY n DESC) FROM (SELECT count(*) AS n FROM \"JobItems\" GROUP BY split_part(\"WorkerId\", '/', 2)) s");
            var rate = (count - 1) / seconds;
            // CPU the worker processes used (start-up included), per article: the per-core cost, whatever the machine's load.
            var cpu = children.Skip(1).Sum(c => c.TotalProcessorTime.TotalMilliseconds) / count;
            Console.WriteLine($"{processes} worker process(es) x {workersPerProcess} worker(s): {done} of {count} created, {seconds:0.00} s first to last completion = {rate:0.0} articles/s "
                + $"(per process: {shares}); worker CPU {cpu:0.0} ms per article");
            return rate;
        }
        finally
        {
            foreach (var child in children.Where(c => !c.HasExited)) { child.Kill(); child.WaitForExit(30_000); }
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString());
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static (Process Process, int Port) Start(string apiDll, string connection, string role, int workers)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(apiDll))!, UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.GetFullPath(apiDll));
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__NewsEvents"] = connection;
        start.Environment["Ingestion__Role"] = role;
        start.Environment["Ingestion__Workers"] = workers.ToString();
        start.Environment["Ingestion__PollInterval"] = "00:00:00.100";
        start.Environment["RateLimits__WritesPerMinute"] = "0";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { }; // drained, so a full pipe never blocks the child
        process.BeginOutputReadLine();
        return (process, port);
    }

    private static async Task ReadyAsync(HttpClient http, Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try { if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return; } catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new InvalidOperationException("The API process did not become ready.");
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
