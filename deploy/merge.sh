#!/usr/bin/env bash
# Second step: merge the per-file batch outputs (IN/<file stem>/appraisals.jsonl, errors.jsonl, summary.csv)
# into OUT/, in baseline file order, with one summary header. Refuses while a file is unfinished (no _DONE
# marker from appraise-one.sh), so a merge never mixes finished and partial work; writes to a temporary
# folder and moves the results in at the end. The annual baseline holds each PMID once, so parts are
# concatenated; update files (new versions of a PMID) would need a keyed store, which this does not do.
#   merge.sh IN OUT
set -euo pipefail
in=$1 out=$2
mapfile -t parts < <(find "$in" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | LC_ALL=C sort)
[ "${#parts[@]}" -gt 0 ] || { echo "merge: no outputs under $in" >&2; exit 2; }
missing=0
for part in "${parts[@]}"; do
  [ -e "$in/$part/_DONE" ] || { echo "merge: $in/$part is not finished" >&2; missing=$((missing + 1)); }
done
[ "$missing" -eq 0 ] || exit 1

mkdir -p "$out"
tmp=$(mktemp -d "$out/.merge.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
head -n 1 "$in/${parts[0]}/summary.csv" > "$tmp/summary.csv"
for part in "${parts[@]}"; do
  cat "$in/$part/appraisals.jsonl" >> "$tmp/appraisals.jsonl"
  cat "$in/$part/errors.jsonl" >> "$tmp/errors.jsonl"
  tail -n +2 "$in/$part/summary.csv" >> "$tmp/summary.csv"
done
mv "$tmp/appraisals.jsonl" "$tmp/errors.jsonl" "$tmp/summary.csv" "$out/"
echo "merged ${#parts[@]} files: $(wc -l < "$out/appraisals.jsonl") appraisals, $(wc -l < "$out/errors.jsonl") errors into $out"
