#!/usr/bin/env bash
# batch end to end on a small mixed input: the seed (text) and JSON Lines records, two workers, with HTML;
# then a resume that must find everything done. The benchmarks project must build (it is never run here).
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli=(dotnet run --no-build --project src/EvidenceAppraisal.Cli --)
mkdir -p "$work/in"
cp seeds/heparin-sepsis.txt "$work/in/"
for i in 1 2 3 4 5 6; do
  printf '{"id": "ci-%d", "text": "Exercise for knee pain, trial %d.\\n\\nMETHODS: We randomised %d adults to exercise or advice. RESULTS: Pain fell more with exercise (mean difference -1.%d, 95%% CI -1.9 to -0.5)."}\n' "$i" "$i" $((40 + i)) "$i"
done > "$work/in/records.jsonl"
"${cli[@]}" batch "$work/in" --out "$work/out" --jobs 2 --html --progress plain
test "$(wc -l < "$work/out/appraisals.jsonl")" -eq 7
test "$(wc -l < "$work/out/summary.csv")" -eq 8
test ! -s "$work/out/errors.jsonl"
test -s "$work/out/index.html"
test "$(find "$work/out/html" -name '*.html' | wc -l)" -eq 7
"${cli[@]}" batch "$work/in" --out "$work/out" --resume --progress none | grep -q "resume: 7 records already done"
test "$(wc -l < "$work/out/appraisals.jsonl")" -eq 7
dotnet build --no-restore bench/EvidenceAppraisal.Bench >/dev/null
echo "batch: ok"
