#!/usr/bin/env bash
# Times reading alone (the `read --quiet` command: records are parsed into documents and dropped) on generated
# PubMed XML sets, plain and gzip, and prints records per second and peak memory (maximum resident set size,
# from /usr/bin/time). Flat memory shows as the same peak for 3,000 and 30,000 records.
# Usage: bench/readers/pubmed-xml.sh [N ...]     (default: 3000 30000)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$#" -gt 0 ] || set -- 3000 30000
out=bench/readers/out
mkdir -p "$out"
dotnet build src/EvidenceAppraisal.Cli -c Release -nologo -v quiet >/dev/null
cli=src/EvidenceAppraisal.Cli/bin/Release/net10.0/evidence-appraisal.dll

printf '%-22s %8s %9s %12s %14s %16s %12s\n' input records MB wall-s 'records/s' 'reading rec/s' 'peak RSS MB'
for n in "$@"; do
  plain="$out/pubmed-$n.xml"
  [ -s "$plain" ] || bash bench/readers/make-pubmed-set.sh "$n" > "$plain"
  [ -s "$plain.gz" ] || gzip -kf "$plain"
  for file in "$plain" "$plain.gz"; do
    /usr/bin/time -f '%M %e' -o "$out/time.txt" dotnet "$cli" read "$file" --quiet 2> "$out/summary.txt"
    read -r rss wall < "$out/time.txt"
    # summary: "<file>: N record(s) read, F failed, in S s (R records/s)" (R: reading alone, without process start-up)
    read -r records failed inproc < <(sed -E 's/.*: ([0-9]+) record\(s\) read, ([0-9]+) failed, in [0-9.]+ s \(([0-9]+) records\/s\)/\1 \2 \3/' "$out/summary.txt")
    [ "$failed" = 0 ] && [ "$records" = "$n" ] || { echo "unexpected: $(cat "$out/summary.txt")"; exit 1; }
    mb=$(du -m "$file" | cut -f1)
    printf '%-22s %8s %9s %12s %14.0f %16s %12.0f\n' "$(basename "$file")" "$records" "$mb" "$wall" "$(echo "$records / $wall" | bc -l)" "$inproc" "$(echo "$rss / 1024" | bc -l)"
  done
done
