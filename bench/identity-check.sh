#!/usr/bin/env bash
# Identity check for speed work: a faster pipeline must give the same answers. Runs, on this checkout's Release build,
#   1. evaluate over the dev corpus (--json): every accuracy figure;
#   2. batch --jobs 1 and --jobs 2 over every dev text (the corpus records as JSON Lines of {id, text}), generatedAt removed;
#   3. batch over a 2,000-record PubMed XML file from bench make-pubmed (source and generatedAt removed);
# and writes one digest per output to OUTDIR/digests.txt (outputs kept beside it). Compare two checkouts with
#   bash bench/identity-check.sh /tmp/before && (cd other && bash bench/identity-check.sh /tmp/after) && diff /tmp/before/digests.txt /tmp/after/digests.txt
# Usage: bash bench/identity-check.sh OUTDIR [CORPUS_DIR]   (the corpus is read where it lies; nothing is copied into the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: identity-check.sh OUTDIR [CORPUS_DIR]}
corpus=${2:-../shared/corpus/dev}
mkdir -p "$out"
dotnet build -c Release src/EvidenceAppraisal.Cli >/dev/null
dotnet build -c Release bench/EvidenceAppraisal.Bench >/dev/null
cli=src/EvidenceAppraisal.Cli/bin/Release/net10.0/evidence-appraisal
bench=bench/EvidenceAppraisal.Bench/bin/Release/net10.0/EvidenceAppraisal.Bench

"$cli" evaluate "$corpus" --json "$out/evaluate.json" > "$out/evaluate.txt"

# Every dev text once, as {id, text}.
python3 - "$corpus" "$out/dev-texts.jsonl" <<'PY'
import json, sys, pathlib
seen = set()
with open(sys.argv[2], "w", encoding="utf-8") as w:
    for f in sorted(pathlib.Path(sys.argv[1]).glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            r = json.loads(line)
            key = r["text"]
            if key in seen:
                continue
            seen.add(key)
            w.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
PY
strip() { python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    r.pop("source", None)
    r.get("provenance", {}).pop("generatedAt", None)
    print(json.dumps(r, ensure_ascii=False, sort_keys=True))' ; }
rm -rf "$out/dev-batch"
"$cli" batch "$out/dev-texts.jsonl" --out "$out/dev-batch" --jobs 1 --progress none > /dev/null || [ $? -eq 2 ]
strip < "$out/dev-batch/appraisals.jsonl" > "$out/dev-appraisals.stripped.jsonl"
# The same with two workers: must give the same lines (neither --jobs nor a record's place in the input may show).
rm -rf "$out/dev-batch-2"
"$cli" batch "$out/dev-texts.jsonl" --out "$out/dev-batch-2" --jobs 2 --progress none > /dev/null || [ $? -eq 2 ]
strip < "$out/dev-batch-2/appraisals.jsonl" > "$out/dev-appraisals-jobs2.stripped.jsonl"

[ -s "$out/pubmed-2000.xml" ] || "$bench" make-pubmed 2000 "$out/pubmed-2000.xml" > /dev/null
rm -rf "$out/xml-batch"
"$cli" batch "$out/pubmed-2000.xml" --out "$out/xml-batch" --progress none > /dev/null || [ $? -eq 2 ]
strip < "$out/xml-batch/appraisals.jsonl" > "$out/xml-appraisals.stripped.jsonl"

(cd "$out" && sha256sum evaluate.json dev-appraisals.stripped.jsonl dev-appraisals-jobs2.stripped.jsonl xml-appraisals.stripped.jsonl dev-batch/summary.csv xml-batch/summary.csv) > "$out/digests.txt"
cat "$out/digests.txt"
echo "$(wc -l < "$out/dev-appraisals.stripped.jsonl") dev records, $(wc -l < "$out/xml-appraisals.stripped.jsonl") XML records"
