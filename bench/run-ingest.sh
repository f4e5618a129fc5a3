#!/usr/bin/env bash
# Ingestion alone, run by hand (not in CI): starts the API (Release, SQLite in a temporary folder, Production logging
# at Warning) on 127.0.0.1 only, warms it up, then measures single posts and batches, with the API process's CPU time
# per article (steadier than wall-clock rates on a shared machine). Pass a checkout to measure another build.
# Usage: bash bench/run-ingest.sh [singleCount] [batchCount] [batchSize] [checkout]
set -euo pipefail
single=${1:-500}; batches=${2:-4}; batch_size=${3:-250}; root=${4:-$(dirname "$0")/..}
cd "$root"
work=$(mktemp -d); port=5078; url="http://127.0.0.1:$port"
dotnet build -c Release src/NewsEvents.Api -v q -nologo >/dev/null
dotnet build -c Release bench/NewsEvents.LoadTest -v q -nologo >/dev/null
# Rate limits off: the warm-up alone posts more than the default 600 writes a minute.
RateLimits__WritesPerMinute=0 ConnectionStrings__NewsEvents="Data Source=$work/ingest.db" Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  nice dotnet src/NewsEvents.Api/bin/Release/net10.0/NewsEvents.Api.dll --urls "$url" >"$work/api.log" 2>&1 &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; grep -m 5 -iE "exception|fatal" "$work/api.log" || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "$url/health/ready" >/dev/null && break; sleep 0.5; done
load() { dotnet bench/NewsEvents.LoadTest/bin/Release/net10.0/NewsEvents.LoadTest.dll "$@"; }
ticks() { awk '{print $14 + $15}' "/proc/$api_pid/stat"; }
phase() { # $1 label, $2 articles, rest load tool arguments
  local label=$1 n=$2; shift 2; local before; before=$(ticks)
  load "$@"
  awk -v l="$label" -v u="$(( $(ticks) - before ))" -v hz="$(getconf CLK_TCK)" -v n="$n" 'BEGIN { printf "  %s: API CPU %.2f ms per article\n", l, 1000 * u / hz / n }'
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
load ingest "$url" 1000 2 250 4 >/dev/null   # warm-up: the JIT settles over the first thousand requests
phase single "$single" ingest "$url" "$single" 0 0 4
phase batch "$((batches * batch_size))" ingest "$url" 0 "$batches" "$batch_size" 1
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg)"
