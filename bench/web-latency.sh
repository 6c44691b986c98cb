#!/usr/bin/env bash
# Times the web app as a user meets it: start-up (to the printed address, default profile compiled) and
# POST /api/appraisals on the seed over loopback, N sequential requests per output; then the server's RSS.
# Usage: bash bench/web-latency.sh [N]   (builds Release first; prints medians and 95th percentiles in ms)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-30}
dotnet build -c Release src/EvidenceAppraisal.Cli -v quiet -nologo >/dev/null
dll=src/EvidenceAppraisal.Cli/bin/Release/net10.0/evidence-appraisal.dll
log=$(mktemp)
start=$(date +%s%N)
dotnet "$dll" serve --port 0 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$log"' EXIT
url=""
until [ -n "$url" ]; do
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -n 1 || true)
  sleep 0.02
done
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
echo "start-up to listening: $(( ($(date +%s%N) - start) / 1000000 )) ms"

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "median %.1f ms, p95 %.1f ms (n=%d)\n", v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.5)], NR }'; }
for output in json html md pdf; do
  curl -fsS -o /dev/null -X POST -H 'Content-Type: text/plain' --data-binary @seeds/heparin-sepsis.txt "${url}api/appraisals?output=$output" # warm-up
  printf '%-5s ' "$output"
  for _ in $(seq 1 "$n"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -X POST -H 'Content-Type: text/plain' --data-binary @seeds/heparin-sepsis.txt "${url}api/appraisals?output=$output"
  done | awk '{ print $1 * 1000 }' | stats
done
printf 'rules ' 
for _ in $(seq 1 "$n"); do curl -fsS -o /dev/null -w '%{time_total}\n' "${url}api/rules?q=claim"; done | awk '{ print $1 * 1000 }' | stats
echo "server RSS after the run: $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$pid/status")"
