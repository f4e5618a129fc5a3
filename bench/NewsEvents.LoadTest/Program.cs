using System.Diagnostics;
using System.Net.Http.Json;
using NewsEvents.LoadTest;

// Usage (see docs/benchmarks.md):
//   ingest <baseUrl> <singleCount> <batchCount> <batchSize> <concurrency>
//   seed [--provider sqlite|postgres] <sqliteFile | connection string> <eventCount>
//   query <baseUrl> <requests>   (the six list shapes, then requests/10 stats and requests/20 points requests)
//   explain <sqliteFile> <sql>   (the plan from the SQLite the service ships, which may differ from the sqlite3 CLI's)
//   queue <NewsEvents.Api.dll> <postgresServerConnectionString> <articles> [workersPerProcess=1]   (one worker process, then two)
// Only loopback URLs are accepted: this tool is for measuring our own server on this machine.
if (args.Length == 0) { Console.WriteLine("ingest|seed|query ..."); return 1; }
if (args[0] == "seed")
{
    var provider = args.Length > 3 && args[1] == "--provider" ? args[2] : "sqlite";
    var rest = args.Length > 3 && args[1] == "--provider" ? args[3..] : args[1..];
    await EventSeeder.SeedAsync(SeedTarget.Parse(provider, rest[0]), int.Parse(rest[1]));
    return 0;
}
if (args[0] == "explain") { QueryPlan.Print(args[1], args[2]); return 0; }
if (args[0] == "queue") { await QueueThroughput.RunAsync(args[1], args[2], int.Parse(args[3]), args.Length > 4 ? int.Parse(args[4]) : 1); return 0; }

var baseUrl = new Uri(args[1]);
if (!baseUrl.IsLoopback) throw new ArgumentException("Load tests only target loopback addresses (127.0.0.1, localhost).");
using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
// Queries use a fixed seed (comparable runs); ingestion a fresh one, so that no run re-posts an earlier run's text.
var random = args[0] == "query" ? new Random(7) : new Random();

if (args[0] == "ingest")
{
    var (single, batches, batchSize, concurrency) = (int.Parse(args[2]), int.Parse(args[3]), int.Parse(args[4]), int.Parse(args[5]));
    var articles = Enumerable.Range(0, single + batches * batchSize).Select(n => SyntheticArticles.Make(random, n)).ToArray();
    await http.PostAsJsonAsync("/api/articles", SyntheticArticles.Make(random, -1)); // warm-up

    var clock = Stopwatch.StartNew();
    var next = -1;
    var created = 0;
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        for (int i; (i = Interlocked.Increment(ref next)) < single;)
        {
            var response = (await http.PostAsJsonAsync("/api/articles", articles[i])).EnsureSuccessStatusCode();
            if (response.StatusCode == System.Net.HttpStatusCode.Created) Interlocked.Increment(ref created);
        }
    }));
    if (single > 0) Console.WriteLine($"single: {single} articles ({created} created) in {clock.Elapsed.TotalSeconds:0.00} s = {single / clock.Elapsed.TotalSeconds:0} articles/s (concurrency {concurrency})");

    clock.Restart();
    created = 0;
    for (var b = 0; b < batches; b++)
    {
        var items = articles.Skip(single + b * batchSize).Take(batchSize).ToArray();
        var response = (await http.PostAsJsonAsync("/api/articles/batch", new { items })).EnsureSuccessStatusCode();
        created += (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("created").GetInt32();
    }
    if (batches > 0) Console.WriteLine($"batch: {batches} x {batchSize} articles ({created} created) in {clock.Elapsed.TotalSeconds:0.00} s = {batches * batchSize / clock.Elapsed.TotalSeconds:0} articles/s");
    return 0;
}

if (args[0] == "query")
{
    var requests = int.Parse(args[2]);
    string[] countries = ["SD", "UA", "YE", "MM", "ML", "CD", "MX", "PS", "SY", "BF"];
    string Filter() => random.Next(6) switch
    {
        5 => $"/api/events?actorType=rebel_group&from=2024-0{random.Next(1, 10)}-01",
        4 => $"/api/events?actorType=rebel_group&country={countries[random.Next(10)]}&source=Outlet {random.Next(25)}",
        0 => $"/api/events?country={countries[random.Next(10)]}&from=2023-0{random.Next(1, 10)}-01&to=2024-06-30",
        1 => $"/api/events?country={countries[random.Next(10)]}&type=Battles&minFatalities=10&sort=fatalities",
        2 => $"/api/events?actor=Armed Group {random.Next(300)}&from=2021-01-01",
        _ => $"/api/events?admin1=Province {random.Next(40)}&from=2022-01-01&to=2022-12-31&size=100",
    };
    // A year of daily buckets for the timeline, with and without a country; the map's points for one country's year.
    string Stats() => random.Next(2) == 0 ? $"/api/stats/events?groupBy=day&from=2023-01-01&to=2023-12-31"
        : $"/api/stats/events?groupBy=day&country={countries[random.Next(10)]}&from=2023-01-01&to=2023-12-31";
    string Points() => $"/api/events/points?country={countries[random.Next(10)]}&from=2024-0{random.Next(1, 10)}-01&to=2024-12-31";
    for (var i = 0; i < 30; i++) (await http.GetAsync(Filter())).EnsureSuccessStatusCode();

    await Measure("GET /api/events (filtered)", requests, Filter);
    await Measure("GET /api/stats/events", Math.Max(1, requests / 10), Stats);
    await Measure("GET /api/events/points", Math.Max(1, requests / 20), Points);
    return 0;
}
return 1;

async Task Measure(string label, int count, Func<string> next)
{
    for (var i = 0; i < Math.Min(5, count); i++) (await http.GetAsync(next())).EnsureSuccessStatusCode();
    var times = new List<double>(count);
    var byShape = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
    for (var i = 0; i < count; i++)
    {
        var path = next();
        var started = Stopwatch.GetTimestamp();
        (await http.GetAsync(path)).EnsureSuccessStatusCode();
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        times.Add(ms);
        var shape = string.Join("&", path[(path.IndexOf('?') + 1)..].Split('&').Select(p => p.Split('=')[0]));
        (byShape.TryGetValue(shape, out var list) ? list : byShape[shape] = []).Add(ms);
    }
    foreach (var (shape, list) in byShape) Console.WriteLine($"  {shape}: n={list.Count} {Percentiles(list)}");
    Console.WriteLine($"{label} ({count} requests): {Percentiles(times)}, max {times.Max():0.0} ms");
}

// Nearest-rank percentiles.
static string Percentiles(List<double> times)
{
    var sorted = times.Order().ToList();
    double P(double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Max(0, Math.Ceiling(q * sorted.Count) - 1))];
    return $"p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms";
}
