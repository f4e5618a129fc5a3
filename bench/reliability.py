#!/usr/bin/env python3
"""Reliability checks, run by hand (not in CI), on loopback only, with bounded loops. Figures go in docs/reliability.md.

  kill9:   5 rounds of batch ingestion killed with SIGKILL at a random moment; after each restart the batch in flight
           is sent again. Counts acknowledged, stored, lost, duplicated and half-written articles.
  writers: 8 concurrent writers posting single articles on SQLite; p50, p95 and maximum latency.

Usage: python3 bench/reliability.py [--dll path/to/NewsEvents.Api.dll] [--rounds 5] [--writers 8] [--posts 25]
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
    def __init__(self, dll, db):
        env = dict(os.environ, ConnectionStrings__NewsEvents=f"Data Source={db}", ASPNETCORE_ENVIRONMENT="Production",
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


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--dll", default=os.path.join(ROOT, "src/NewsEvents.Api/bin/Release/net10.0/NewsEvents.Api.dll"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--posts", type=int, default=25)
    parser.add_argument("--only", choices=["kill9", "writers"])
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory() as work:
        if args.only != "writers": kill9(args.dll, work, args.rounds)
        if args.only != "kill9": writers(args.dll, work, args.writers, args.posts)
