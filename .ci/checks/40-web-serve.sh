#!/usr/bin/env bash
# The README's `serve` command as a process: it starts on a free loopback port, serves the page, and appraises the seed over HTTP.
set -euo pipefail
log=$(mktemp)
dotnet run --no-build --project src/EvidenceAppraisal.Cli -- serve --port 0 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$log"' EXIT

url=""
for _ in $(seq 1 120); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -n 1 || true)
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "serve exited before listening"; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { cat "$log"; echo "serve did not print its address"; exit 1; }
echo "serving at $url"

curl -fsS "$url" | grep -q '<textarea id="abstract"'
report=$(curl -fsS -X POST -H 'Content-Type: text/plain' --data-binary @seeds/heparin-sepsis.txt "${url}api/appraisals")
grep -q '"kind": "narrative-review"' <<<"$report"
grep -q '"id": "EA-DESIGN-001"' <<<"$report"
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: text/plain' "${url}api/appraisals")
[ "$status" = 400 ] || { echo "empty body answered $status, expected 400"; exit 1; }
echo "page, seed appraisal and an empty-body refusal as expected"
