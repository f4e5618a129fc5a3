#!/usr/bin/env python3
"""Reliability checks, run by hand (not in CI), on loopback only, with bounded loops. Figures go in docs/reliability.md.

  kill9:   5 rounds of batch ingestion killed with SIGKILL at a random moment; after each restart the batch in flight
           is sent again. Counts acknowledged, stored, lost, duplicated and half-written articles.
  writers: 8 concurrent writers posting single articles on SQLite; p50, p95 and maximum latency.
  fuzz:    the suite's seeded fuzz (FuzzTests) at --fuzz-count requests against the Release process; its RSS before and after.
  abandon: posts "said " x 40,000 to /api/extract, hangs up after 1 s, and samples the process's CPU every 100 ms.
  large:   posts the 2 MB article of `NewsEvents.Benchmarks -- large` (our reports, tests/corpus/own/*.txt, repeated) to
           /api/extract --large-calls times, one after another, in the service as it runs (server GC and its settings);
           the time from sending the request to the last byte of the answer, and the process's CPU, per call.
  soak:    --soak-minutes at --rate requests/s (reads of events, stats and points; one write in ten); RSS and p95 each minute.
           --write-share 0 --seed-posts 3800 reads only, at the database size a 30-minute soak ends with: growth with
           time apart from growth with the data.

Usage: python3 bench/reliability.py [--dll path/to/NewsEvents.Api.dll] [--rounds 5] [--writers 8] [--posts 25] [--port 5078]
Build first: dotnet build -c Release src/NewsEvents.Api (the default --dll is that build's output).
"""
import argparse, json, os, random, signal, sqlite3, subprocess, sys, tempfile, threading, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = 5078
URL = f"http://127.0.0.1:{PORT}"


def article(tag, n):
    return {"content": f"KHARTOUM, March 3 (Wire) - At least {n % 40 + 3} civilians were killed on Sunday when shells hit a market "
                       f"in Omdurman, a local medical group said. Report {tag}-{n}: witnesses described fires in {n % 17 + 2} shops.",
            "url": f"https://news.example.org/{tag}/{n}", "source": "Bench Wire", "publishedAt": "2025-03-03", "language": "en"}


def post(path, body, timeout=60):
    request = urllib.request.Request(URL + path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, json.loads(response.read() or b"null")


class Api:
    def __init__(self, dll, db, **extra):
        env = dict(os.environ, **extra, ConnectionStrings__NewsEvents=f"Data Source={db}", ASPNETCORE_ENVIRONMENT="Production",
                   Serilog__MinimumLevel__Default="Warning", RateLimits__WritesPerMinute="0", RateLimits__ReadsPerMinute="0")
        self.log = open(db + ".log", "ab")
        self.process = subprocess.Popen(["dotnet", dll, "--urls", URL], env=env, stdout=self.log, stderr=self.log)
        for _ in range(240):  # at most 2 minutes
            try:
                urllib.request.urlopen(URL + "/health/ready", timeout=2)
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.5)
        raise SystemExit("the API did not become ready; see " + db + ".log")

    def kill9(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)

    def cpu_seconds(self):  # utime + stime
        return sum(int(x) for x in open(f"/proc/{self.process.pid}/stat").read().rsplit(")", 1)[1].split()[11:13]) / os.sysconf("SC_CLK_TCK")

    def rss(self):
        status = dict(line.split(":", 1) for line in open(f"/proc/{self.process.pid}/status"))
        return int(status["VmRSS"].split()[0]) // 1024, int(status["VmHWM"].split()[0]) // 1024

    def stop(self):
        self.process.terminate()
        self.process.wait(30)


def kill9(dll, work, rounds, batch_size=50):
    db = os.path.join(work, "kill9.db")
    acknowledged, rng = set(), random.Random(9457)
    api = Api(dll, db)
    for r in range(rounds):
        in_flight = [article(f"k{r}", n) for n in range(batch_size * 4)]
        batches = [in_flight[i:i + batch_size] for i in range(0, len(in_flight), batch_size)]
        done = []

        def send():
            for batch in batches:
                try:
                    _, answer = post("/api/articles/batch", {"items": batch})
                except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                    return
                done.append(batch)
                acknowledged.update(a["url"] for a, item in zip(batch, answer["items"]) if item["status"] in ("created", "duplicate"))

        sender = threading.Thread(target=send)
        sender.start()
        time.sleep(rng.uniform(1.0, 4.0))
        api.kill9()
        sender.join(120)
        api = Api(dll, db)
        # The client retries whatever it was not told about: nothing may be stored twice.
        for batch in (b for b in batches if b not in done):
            _, answer = post("/api/articles/batch", {"items": batch})
            acknowledged.update(a["url"] for a, item in zip(batch, answer["items"]) if item["status"] in ("created", "duplicate"))
        print(f"  round {r + 1}: killed after {len(done)} of {len(batches)} batches", flush=True)
    api.stop()

    with sqlite3.connect(db) as c:
        stored = {u for (u,) in c.execute("SELECT Url FROM Articles")}
        duplicated = c.execute("SELECT COUNT(*) FROM (SELECT Url FROM Articles GROUP BY Url HAVING COUNT(*) > 1)").fetchone()[0]
        # Half-written: the engine found events for the article but none of them lists it as a source.
        half = c.execute("""SELECT COUNT(*) FROM Articles a WHERE json_array_length(a.ExtractionJson, '$.events') > 0
                            AND NOT EXISTS (SELECT 1 FROM EventSources s WHERE s.ArticleId = a.Id)""").fetchone()[0]
    print(f"kill -9 x{rounds}: acknowledged {len(acknowledged)}, stored {len(stored)}, lost {len(acknowledged - stored)}, "
          f"duplicated {duplicated}, half-written {half}")


def writers(dll, work, count, posts):
    db = os.path.join(work, "writers.db")
    api = Api(dll, db)
    for n in range(20):  # warm-up: JIT and connection pool
        post("/api/articles", article("warm", n))
    latencies, errors = [], []

    def write(w):
        for n in range(posts):
            started = time.perf_counter()
            try:
                post("/api/articles", article(f"w{w}", n))
                latencies.append(time.perf_counter() - started)
            except Exception as e:  # counted, not fatal: the figure is the point
                errors.append(repr(e))

    threads = [threading.Thread(target=write, args=(w,)) for w in range(count)]
    clock = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join(600)
    elapsed = time.perf_counter() - clock
    api.stop()
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"{count} writers x {posts} posts: {len(latencies)} ok, {len(errors)} failed in {elapsed:.1f} s; "
          f"p50 {pick(0.5):.0f} ms, p95 {pick(0.95):.0f} ms, max {latencies[-1] * 1000:.0f} ms")


def fuzz(dll, work, count):
    api = Api(dll, os.path.join(work, "fuzz.db"), Security__ApiKeys__0="fuzz-key")
    print(f"fuzz: RSS after start-up {api.rss()[0]} MB", flush=True)
    env = dict(os.environ, NEWSEVENTS_FUZZ_COUNT=str(count), NEWSEVENTS_FUZZ_URL=URL + "/")
    run = subprocess.run(["dotnet", "test", os.path.join(ROOT, "tests/NewsEvents.Api.Tests"), "--filter", "FullyQualifiedName~FuzzTests",
                          "--logger", "console;verbosity=detailed"], env=env, capture_output=True, text=True, timeout=3600)
    summary = [l.strip() for l in run.stdout.splitlines() if "requests in" in l or "Passed!" in l or "Failed!" in l or "seed " in l]
    rss, peak = api.rss()
    api.stop()
    print("\n".join(summary[:12]))
    print(f"fuzz x{count}: the suite's checks {'passed' if run.returncode == 0 else 'FAILED'}; RSS after {rss} MB, peak {peak} MB")


def abandon(dll, work):
    import socket
    api = Api(dll, os.path.join(work, "abandon.db"), Ingestion__ExtractionTimeout="00:01:00")
    cpu = lambda: sum(int(x) for x in open(f"/proc/{api.process.pid}/stat").read().rsplit(")", 1)[1].split()[11:13])  # utime + stime, in ticks
    hz = os.sysconf("SC_CLK_TCK")
    body = json.dumps({"content": "said " * 40000}).encode()
    def window(seconds):
        start = cpu()
        time.sleep(seconds)
        return (cpu() - start) / hz / seconds
    idle = window(2)
    clock = time.perf_counter()
    try:
        post("/api/extract", json.loads(body), timeout=120)
        whole = f"{time.perf_counter() - clock:.1f} s"
    except urllib.error.HTTPError as e:
        whole = f"{e.code} after {time.perf_counter() - clock:.1f} s"
    time.sleep(2)
    client = socket.create_connection(("127.0.0.1", PORT))
    client.sendall(b"POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                   + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    busy = window(1)
    client.close()
    samples = [window(0.1) for _ in range(30)]  # 3 s after the hang-up
    print(f"abandon: idle before {idle:.0%} of a core; the whole extraction answered in {whole}")
    api.stop()
    idle_after = next((i + 1 for i, u in enumerate(samples) if all(v < 0.15 for v in samples[i:])), None)
    print(f"abandon: {busy:.0%} of a core while extracting; after the hang-up, per 100 ms: " + " ".join(f"{u:.0%}" for u in samples[:10])
          + (f" ...; below 15% from the {idle_after}th 100 ms on" if idle_after else " ...; never below 15% within 3 s"))


def large(dll, work, calls, size=2_000_000):
    own = os.path.join(ROOT, "tests", "corpus", "own")
    reports = [open(os.path.join(own, f), encoding="utf-8").read().strip() for f in sorted(os.listdir(own)) if f.endswith(".txt")]
    parts, length, i = [], 0, 0
    while length < size:  # as LargeArticle.Build: whole reports, each followed by a blank line, until the size is reached
        parts.append(reports[i % len(reports)] + "\n\n")
        length += len(parts[-1])
        i += 1
    content = "".join(parts)
    api = Api(dll, os.path.join(work, "large.db"), Ingestion__ExtractionTimeout="00:01:00")
    body = json.dumps({"content": content, "publishedAt": "2025-03-14"}).encode()
    print(f"large: {len(content):,} characters, {len(body):,} bytes of JSON", flush=True)
    for call in range(1, calls + 1):
        cpu, clock = api.cpu_seconds(), time.perf_counter()
        request = urllib.request.Request(URL + "/api/extract", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as response:
            answer = response.read()
            status = response.status
        wall = time.perf_counter() - clock
        print(f"large: call {call}: {status} in {wall * 1000:,.0f} ms ({(api.cpu_seconds() - cpu) * 1000:,.0f} ms of the process's CPU), "
              f"answer {len(answer) / 1048576:.1f} MB; load average {os.getloadavg()[0]:.1f}", flush=True)
    api.stop()


def soak(dll, work, minutes, rate, write_share, seed):
    api = Api(dll, os.path.join(work, "soak.db"))
    for n in range(min(seed, 200)):  # some events to read
        post("/api/articles", article("seed", n))
    for first in range(200, seed, 50):  # a larger database is written in batches, before the clock starts
        post("/api/articles/batch", {"items": [article("seed", n) for n in range(first, min(first + 50, seed))]}, timeout=600)
    # Filter values vary from request to request, as a dashboard's do.
    reads = ["/api/events?size={s}&page={p}", "/api/events?country=SD&sort=fatalities&minFatalities={f}", "/api/stats/events?groupBy=day&minFatalities={f}",
             "/api/events/points?minFatalities={f}", "/api/events?q=market&from=2025-0{m}-01", "/api/actors?page={p}", "/api/locations?size={s}", "/api/events/{p}"]
    rng, n, started = random.Random(20), 0, time.monotonic()
    print(f"soak: {minutes} min at {rate}/s, writes {write_share:.0%}; RSS after start-up and {seed} posts {api.rss()[0]} MB", flush=True)
    samples, cpu = [], api.cpu_seconds()
    for minute in range(minutes):
        latencies, errors, end = [], 0, started + 60 * (minute + 1)
        while time.monotonic() < end:
            tick = time.monotonic()
            try:
                t = time.perf_counter()
                if rng.random() < write_share:
                    n += 1
                    post("/api/articles", article("soak", n))
                else:
                    path = rng.choice(reads).format(s=rng.randrange(1, 100), p=rng.randrange(1, 20), f=rng.randrange(50), m=rng.randrange(1, 10))
                    urllib.request.urlopen(URL + path, timeout=30).read()
                latencies.append(time.perf_counter() - t)
            except urllib.error.HTTPError as e:  # a 404 for an id not stored is an answer; a 5xx is not
                if e.code < 500: latencies.append(time.perf_counter() - t)
                else: errors += 1
            except Exception:
                errors += 1
            time.sleep(max(0.0, 1 / rate - (time.monotonic() - tick)))
        latencies.sort()
        p95 = latencies[int(0.95 * len(latencies))] * 1000 if latencies else float("nan")
        rss, peak = api.rss()
        used, cpu = api.cpu_seconds() - cpu, api.cpu_seconds()
        samples.append(rss)
        print(f"  minute {minute + 1}: {len(latencies)} ok, {errors} failed, p95 {p95:.0f} ms, RSS {rss} MB (peak {peak} MB), "
              f"service CPU {used:.1f} s, load average {os.getloadavg()[0]:.1f}", flush=True)
    api.stop()
    for first in (5, 15):
        if minutes > first + 1: print(f"soak: RSS slope over minutes {first}-{minutes}: {slope(samples[first - 1:]):.2f} MB a minute", flush=True)


def slope(values):
    """Least-squares slope of values taken once a minute, in units a minute."""
    n, mean_x, mean_y = len(values), (len(values) - 1) / 2, sum(values) / len(values)
    return sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values)) / sum((x - mean_x) ** 2 for x in range(n))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--dll", default=os.path.join(ROOT, "src/NewsEvents.Api/bin/Release/net10.0/NewsEvents.Api.dll"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--posts", type=int, default=25)
    parser.add_argument("--fuzz-count", type=int, default=15000)
    parser.add_argument("--soak-minutes", type=int, default=30)
    parser.add_argument("--rate", type=float, default=20)
    parser.add_argument("--write-share", type=float, default=0.1, help="the soak's share of posts; 0 reads a database of fixed size")
    parser.add_argument("--seed-posts", type=int, default=200, help="articles stored before the soak's clock starts")
    parser.add_argument("--port", type=int, default=PORT, help="so that two builds can be soaked side by side")
    parser.add_argument("--large-calls", type=int, default=8)
    parser.add_argument("--only", choices=["kill9", "writers", "fuzz", "soak", "abandon", "large"])
    args = parser.parse_args()
    PORT, URL = args.port, f"http://127.0.0.1:{args.port}"
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory() as work:
        if args.only in (None, "kill9"): kill9(args.dll, work, args.rounds)
        if args.only in (None, "writers"): writers(args.dll, work, args.writers, args.posts)
        if args.only in (None, "fuzz"): fuzz(args.dll, work, args.fuzz_count)
        if args.only in (None, "abandon"): abandon(args.dll, work)
        if args.only in (None, "large"): large(args.dll, work, args.large_calls)
        if args.only in (None, "soak"): soak(args.dll, work, args.soak_minutes, args.rate, args.write_share, args.seed_posts)
