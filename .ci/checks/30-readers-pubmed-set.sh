#!/usr/bin/env bash
# The reading benchmark's input still reads: a generated 2,000-record PubMed set, plain and gzip, streams through `read` with no failure.
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
bash bench/readers/make-pubmed-set.sh 2000 > "$dir/set.xml"
gzip -k "$dir/set.xml"
for file in "$dir/set.xml" "$dir/set.xml.gz"; do
  dotnet run --no-build --project src/EvidenceAppraisal.Cli -- read "$file" --quiet 2> "$dir/summary.txt"
  cat "$dir/summary.txt"
  grep -q ": 2000 record(s) read, 0 failed" "$dir/summary.txt"
done
