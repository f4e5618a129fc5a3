#!/usr/bin/env bash
# Query benchmark over an already seeded database, run by hand (not in CI): starts the API (Release, Production
# logging at Warning) on 127.0.0.1 only against it and runs the load tool's query phase (the six list shapes, stats,
# points), printing the API's CPU time. Seeding a million events takes minutes, so seed once and rerun this:
#   dotnet bench/NewsEvents.LoadTest/bin/Release/net10.0/NewsEvents.LoadTest.dll seed --provider sqlite /tmp/q.db 1000000
#   bash bench/run-queries.sh sqlite /tmp/q.db 2000
#   dotnet ... seed --provider postgres "Host=127.0.0.1;...;Database=newsevents_bench" 1000000
#   bash bench/run-queries.sh postgres "Host=127.0.0.1;...;Database=newsevents_bench" 2000
# Usage: bash bench/run-queries.sh <sqlite|postgres> <sqlite file | connection string> [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
provider=$1; target=$2; queries=${3:-2000}
work=$(mktemp -d); port=5077; url="http://127.0.0.1:$port"
case "$provider" in
  sqlite) db_provider=Sqlite; connection="Data Source=$target" ;;
  postgres) db_provider=Postgres; connection=$target ;;
  *) echo "provider is sqlite or postgres"; exit 2 ;;
esac

dotnet build -c Release src/NewsEvents.Api -v q -nologo >/dev/null
dotnet build -c Release bench/NewsEvents.LoadTest -v q -nologo >/dev/null
Database__Provider=$db_provider ConnectionStrings__NewsEvents=$connection Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  nice dotnet src/NewsEvents.Api/bin/Release/net10.0/NewsEvents.Api.dll --urls "$url" >"$work/api.log" 2>&1 &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
# Start-up migrates (a first run of a new migration over a million events takes minutes), so wait long enough.
for _ in $(seq 1 1200); do curl -sf "$url/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$url/health/ready" >/dev/null || { echo "API did not start"; cat "$work/api.log"; exit 1; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $provider"
before=$(awk '{print $14 + $15}' "/proc/$api_pid/stat")
dotnet bench/NewsEvents.LoadTest/bin/Release/net10.0/NewsEvents.LoadTest.dll query "$url" "$queries"
used=$(( $(awk '{print $14 + $15}' "/proc/$api_pid/stat") - before ))
awk -v u="$used" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "  API process CPU %.2f s over the query phase\n", u / hz }'
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg)"
