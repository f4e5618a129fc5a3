#!/usr/bin/env bash
# Load benchmark, run by hand (not in CI). Starts the API (Release, SQLite, Production logging at Warning) on
# 127.0.0.1 only and measures: single-article ingestion (4 concurrent clients), batch ingestion (one client, batches of
# 500), then seeds events straight into a second database through the DbContext and measures filtered GET /api/events.
# Besides wall-clock rates it prints the API process's CPU time per phase, which stays meaningful on a busy machine.
# Usage: bash bench/run-load.sh [singleCount] [batchCount] [batchSize] [events] [queries]
set -euo pipefail
cd "$(dirname "$0")/.."
single=${1:-2000}; batches=${2:-10}; batch_size=${3:-500}; events=${4:-100000}; queries=${5:-2000}
work=$(mktemp -d); port=5077; url="http://127.0.0.1:$port"

dotnet build -c Release src/NewsEvents.Api -v q -nologo >/dev/null
dotnet build -c Release bench/NewsEvents.LoadTest -v q -nologo >/dev/null
api() { # $1 = sqlite file
  ConnectionStrings__NewsEvents="Data Source=$1" Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/NewsEvents.Api/bin/Release/net10.0/NewsEvents.Api.dll --urls "$url" >"$work/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do curl -sf "$url/health/ready" >/dev/null && return 0; sleep 0.5; done
  echo "API did not start"; cat "$work/api.log"; exit 1
}
stop_api() { kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; }
load() { dotnet bench/NewsEvents.LoadTest/bin/Release/net10.0/NewsEvents.LoadTest.dll "$@"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$api_pid/stat"; }
phase() { # $1 = label, $2 = item count, rest = load tool arguments
  local label=$1 count=$2; shift 2
  local before; before=$(cpu_ticks)
  load "$@"
  local used=$(( $(cpu_ticks) - before )) hz; hz=$(getconf CLK_TCK)
  awk -v l="$label" -v u="$used" -v hz="$hz" -v n="$count" 'BEGIN { s = u / hz; printf "  %s: API process CPU %.2f s = %.2f ms per item, %.0f items per CPU-second\n", l, s, 1000 * s / n, (s > 0 ? n / s : 0) }'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
api "$work/ingest.db"
load ingest "$url" 2000 4 500 4 >/dev/null   # warm-up: the JIT needs a few thousand requests to settle
phase single "$single" ingest "$url" "$single" 0 0 4
phase batch "$((batches * batch_size))" ingest "$url" 0 "$batches" "$batch_size" 1
stop_api

load seed "$work/query.db" "$events" | tail -n 1
api "$work/query.db"
phase query "$queries" query "$url" "$queries"
stop_api
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$work"
